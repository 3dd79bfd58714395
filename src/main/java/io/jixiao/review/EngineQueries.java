package io.jixiao.review;

import io.jixiao.organizations.OrganizationSql;
import io.jixiao.targets.TableDeadlines;
import io.jixiao.targets.TargetTable;
import java.util.List;
import java.util.Optional;
import org.flowable.common.engine.impl.query.AbstractNativeQuery;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * Every statement the product writes itself over the engine's ACT_* tables, each where the engine's own API reads
 * too much (ScaleTest pins their plans; keep their text). Everything else goes through Flowable's services.
 */
@Component
public class EngineQueries implements TableDeadlines {

	/**
	 * The table's process by business key, joined to its active task. The task query's own business key and
	 * definition key filters are correlated {@code exists} clauses, which H2 checks for every open task (0.33 s a
	 * table page with 40,000 open tasks); a join starts from the business key's index (ScaleTest checks the plan).
	 */
	public static final String OPEN_TASK_SQL = "select RES.* from ACT_RU_EXECUTION E"
			+ " join ACT_RU_TASK RES on RES.PROC_INST_ID_ = E.ID_"
			+ " join ACT_RE_PROCDEF D on D.ID_ = RES.PROC_DEF_ID_"
			+ " where E.BUSINESS_KEY_ = #{businessKey} and E.PARENT_ID_ is null and D.KEY_ = #{processKey}"
			+ " and RES.SUSPENSION_STATE_ = 1";

	/**
	 * The candidate links of the groups (the second format argument) whose task nobody holds, from the group index alone
	 * (db/engine/V2): every link has its task, so "no held task" is "held by nobody", and the few held tasks are
	 * looked up instead of every task the links name (which a join did, 45 ms for finance's 30,000 on MariaDB).
	 */
	private static final String OFFERED_LINKS = " from ACT_RU_IDENTITYLINK L where L.TYPE_ = 'candidate'"
			+ " and L.GROUP_ID_ in (%2$s) and not exists (select 1 from ACT_RU_TASK H where H.ID_ = L.TASK_ID_"
			+ " and H.ASSIGNEE_ is not null)";

	// the task query's own count checks its "or ... exists" on every open task: two index reads instead
	private static final String OPEN_TASK_COUNT = "select (select count(*) from ACT_RU_TASK where ASSIGNEE_ in (%1$s))"
			+ " + (select count(*)" + OFFERED_LINKS + ")";

	// the engine reads processes and their tasks apart: one statement for every running process with its tasks
	/** Every running process instance of the review with its active tasks (none: a row with a null task). */
	static final String RUNNING = """
			SELECT p.ID_, p.BUSINESS_KEY_, t.TASK_DEF_KEY_
			FROM ACT_RU_EXECUTION p
			JOIN ACT_RE_PROCDEF d ON d.ID_ = p.PROC_DEF_ID_
			LEFT JOIN ACT_RU_TASK t ON t.PROC_INST_ID_ = p.ID_
			WHERE p.PARENT_ID_ IS NULL AND p.ID_ = p.PROC_INST_ID_ AND d.KEY_ = ?""";

	/*
	 * The administrator's board (PendingBoard): the task query can neither join the organizations' tables nor
	 * group and count, and reading all tasks took 1.7 s at 40,000 open tasks. The board is counted and paged by the
	 * database: a task's table and unit are its process's stored tableId and unitId, the department the unit's (or
	 * the unit itself when it is one).
	 */
	static final String BOARD_TASKS = " from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_"
			+ " and d.KEY_ in ('" + Stage.PROCESS + "', '" + Stage.ADJUSTMENT_PROCESS + "')";

	static final String BOARD_TABLE = " join ACT_RU_VARIABLE vt on vt.PROC_INST_ID_ = t.PROC_INST_ID_"
			+ " and vt.TASK_ID_ is null and vt.NAME_ = 'tableId'";

	static final String BOARD_UNIT = " join ACT_RU_VARIABLE vu on vu.PROC_INST_ID_ = t.PROC_INST_ID_"
			+ " and vu.TASK_ID_ is null and vu.NAME_ = 'unitId'" + OrganizationSql.joinUnit("vu.LONG_", false);

	static final String BOARD_DEPARTMENT_ID = OrganizationSql.DEPARTMENT_ID;

	static final String BOARD_DEPARTMENT_NAME = OrganizationSql.DEPARTMENT_NAME;

	/**
	 * Open tasks per stage (tasks in the fourth column), and the overdue ones per stage and department (in the fifth):
	 * two groupings in one statement, so that only overdue tasks are joined to their unit and the open ones are
	 * counted from the index that holds every column read (db/engine V3; one grouping over every task joined or not
	 * took 200 ms at 41,000 open tasks on MariaDB, these two 30 with few overdue).
	 */
	static final String BOARD_COUNTS = "select t.TASK_DEF_KEY_, " + BOARD_DEPARTMENT_ID + ", " + BOARD_DEPARTMENT_NAME
			+ ", 0, count(*)" + BOARD_TASKS + " join ACT_RU_VARIABLE vu on vu.PROC_INST_ID_ = t.PROC_INST_ID_"
			+ " and vu.TASK_ID_ is null and vu.NAME_ = 'unitId'" + OrganizationSql.joinUnit("vu.LONG_", true)
			+ " where t.SUSPENSION_STATE_ = 1 and t.DUE_DATE_ < ? group by t.TASK_DEF_KEY_, " + BOARD_DEPARTMENT_ID
			+ ", " + BOARD_DEPARTMENT_NAME + " union all select t.TASK_DEF_KEY_, null, null, count(*), 0" + BOARD_TASKS
			+ " where t.SUSPENSION_STATE_ = 1 group by t.TASK_DEF_KEY_";

	/**
	 * The board's page of tasks without filters on tables: only the review's and adjustments' tasks, checked task by
	 * task while the page walks the creation index. The join of {@link #BOARD_TASKS} made MariaDB read and sort every
	 * open task first (90 ms for the first page at 41,000 tasks, now 1).
	 */
	static final String BOARD_PROCESS = " and (select d.KEY_ from ACT_RE_PROCDEF d where d.ID_ = t.PROC_DEF_ID_) in ('"
			+ Stage.PROCESS + "', '" + Stage.ADJUSTMENT_PROCESS + "')";

	static final String BOARD_PAGE_COLUMNS = "select t.ID_, t.TASK_DEF_KEY_, t.ASSIGNEE_, t.CREATE_TIME_,"
			+ " t.DUE_DATE_, vt.LONG_, " + OrganizationSql.UNIT_NAME_COLUMN + ", " + BOARD_DEPARTMENT_ID + ", " + BOARD_DEPARTMENT_NAME;

	static final String BOARD_ORDER = " order by t.CREATE_TIME_, t.ID_";

	/**
	 * A user's open tasks searched or filtered (TaskSearch), as {@code t} with their table's id {@code vt.LONG_}: the
	 * tasks held (by the assignee index) and those offered to one of the user's groups that nobody holds (by the
	 * group index), as the count above; then the process's stored tableId. The holders (the user and those the user
	 * stands in for) fill the first format argument, the groups the second ({@link ReviewAccess.Inbox#sql}).
	 */
	static final String MY_TASKS = " from (select ID_ from ACT_RU_TASK where ASSIGNEE_ in (%1$s)"
			+ " union select L.TASK_ID_" + OFFERED_LINKS + ") mine"
			+ " join ACT_RU_TASK t on t.ID_ = mine.ID_ join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_"
			+ " and d.KEY_ in ('" + Stage.PROCESS + "', '" + Stage.ADJUSTMENT_PROCESS + "')" + BOARD_TABLE;

	/**
	 * A user's open review tasks filtered on the task alone (stage, overdue: TaskSearch without conditions on tables nor
	 * an order), as {@code t}, checked task by task as {@link #INBOX_PAGE} does; the conditions follow. Paged newest
	 * first it walks the creation index: {@link #MY_TASKS} joined and sorted all of finance's tasks of a stage before
	 * the first row (0.8 s for 24,000 at 100,000 tables on MariaDB; now 5 ms for a page, 80 ms for the count). The
	 * holders fill the first format argument, the groups the second ({@link ReviewAccess.Inbox#sql}).
	 */
	static final String MY_OPEN_TASKS = " from ACT_RU_TASK t where t.SUSPENSION_STATE_ = 1 and (t.ASSIGNEE_ in (%1$s)"
			+ " or (t.ASSIGNEE_ is null and (select count(*) from ACT_RU_IDENTITYLINK L where L.TASK_ID_ = t.ID_"
			+ " and L.TYPE_ = 'candidate' and L.GROUP_ID_ in (%2$s)) > 0))" + BOARD_PROCESS;

	/** The page of {@link #MY_OPEN_TASKS} (whose ids the first format argument selects) with their tables' ids. */
	static final String MY_OPEN_TASKS_PAGE = "select o.ID_, o.TASK_DEF_KEY_, o.ASSIGNEE_, o.CREATE_TIME_, o.DUE_DATE_,"
			+ " vt.LONG_ from (select t.ID_%s order by t.CREATE_TIME_ desc, t.ID_ desc limit ? offset ?) p"
			+ " join ACT_RU_TASK o on o.ID_ = p.ID_ join ACT_RU_VARIABLE vt on vt.PROC_INST_ID_ = o.PROC_INST_ID_"
			+ " and vt.TASK_ID_ is null and vt.NAME_ = 'tableId' order by o.CREATE_TIME_ desc, o.ID_ desc";

	/**
	 * A page of a user's open tasks (held by one of the assignees, or offered to one of the groups and held by nobody)
	 * with the table's id {@code vt.LONG_}, in creation order: the holders fill the first format argument, the groups
	 * the second ({@link ReviewAccess.Inbox#sql}), ascending or descending the third; then limit and offset. The task query's "or exists" became a semi-join on MariaDB that
	 * read every candidate link of the groups before the first row (36 ms for page 1 of 30,000 finance tasks, 0.7 s
	 * in the middle); the links counted per task, row by row while walking the creation index, cannot: 1 ms for
	 * page 1, 0.26 s in the middle. The page's ids come first, then their tasks and tables' ids.
	 */
	static final String INBOX_PAGE = "select t.ID_, t.TASK_DEF_KEY_, t.ASSIGNEE_, t.CREATE_TIME_, t.DUE_DATE_, vt.LONG_"
			+ " from (select RES.ID_ from ACT_RU_TASK RES where RES.ASSIGNEE_ in (%1$s) or (RES.ASSIGNEE_ is null"
			+ " and (select count(*) from ACT_RU_IDENTITYLINK L where L.TASK_ID_ = RES.ID_ and L.TYPE_ = 'candidate'"
			+ " and L.GROUP_ID_ in (%2$s)) > 0) order by RES.CREATE_TIME_ %3$s, RES.ID_ %3$s limit ? offset ?) p"
			+ " join ACT_RU_TASK t on t.ID_ = p.ID_" + BOARD_TABLE + " order by t.CREATE_TIME_ %3$s, t.ID_ %3$s";

	private final TaskService taskService;
	private final RuntimeService runtime;
	private final ReadsWithoutTransaction reads;

	EngineQueries(TaskService taskService, RuntimeService runtime, ReadsWithoutTransaction reads) {
		this.taskService = taskService;
		this.reads = reads;
		this.runtime = runtime;
	}

	/**
	 * Reads a process's executions (the instance and the child its task waits in) in one statement, into the cache of
	 * the engine command this runs in ({@link OneCommand}): completing the task then finds both there instead of
	 * reading each by id, one statement less.
	 */
	void loadExecutions(String processInstanceId) {
		runtime.createNativeExecutionQuery()
			.sql("select RES.* from ACT_RU_EXECUTION RES where RES.PROC_INST_ID_ = #{processInstanceId}")
			.parameter("processInstanceId", processInstanceId)
			.list();
	}

	/**
	 * The table list's due date: the table's process found by its business key (its index, as {@link #OPEN_TASK_SQL}),
	 * then its task.
	 */
	@Override
	public String dueOf(String tableIdColumn) {
		return "(select min(k.DUE_DATE_) from ACT_RU_EXECUTION e join ACT_RU_TASK k on k.PROC_INST_ID_ = e.ID_"
				+ " join ACT_RE_PROCDEF pd on pd.ID_ = k.PROC_DEF_ID_"
				+ " and pd.KEY_ in ('" + Stage.PROCESS + "', '" + Stage.ADJUSTMENT_PROCESS + "')"
				+ " where e.BUSINESS_KEY_ = concat(" + tableIdColumn + ", '') and e.PARENT_ID_ is null)";
	}

	/** The active task of a table's review or of its adjustment, if that process is running. */
	Optional<Task> openTask(TargetTable table) {
		return Optional.ofNullable(taskService.createNativeTaskQuery()
			.sql(OPEN_TASK_SQL)
			.parameter("businessKey", String.valueOf(table.getId()))
			.parameter("processKey", Stage.processOf(table))
			.singleResult());
	}

	/**
	 * How many open tasks a user has: those held, and those offered to one of the groups that nobody holds. The
	 * task query's own count takes 0.5 s on MariaDB at 40,000 open tasks, this one 0.06 s.
	 */
	long countOpenTasks(List<String> users, List<String> groups) {
		var query = taskService.createNativeTaskQuery();
		((AbstractNativeQuery<?, ?>) query).setCommandExecutor(reads);
		return query.sql(OPEN_TASK_COUNT.formatted(parameters(query, "user", users), parameters(query, "group", groups)))
			.count();
	}

	/** Named parameters {@code #{name0}, #{name1}, ...} of the query for an IN list, set to the values. */
	static String parameters(org.flowable.task.api.NativeTaskQuery query, String name, List<String> values) {
		StringBuilder in = new StringBuilder();
		for (int i = 0; i < values.size(); i++) {
			in.append(i == 0 ? "" : ", ").append("#{").append(name).append(i).append('}');
			query.parameter(name + i, values.get(i));
		}
		return in.toString();
	}
}
