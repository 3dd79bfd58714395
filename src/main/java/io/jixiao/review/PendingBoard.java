package io.jixiao.review;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditTrail;
import io.jixiao.notifications.Notifier;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.Role;
import io.jixiao.system.DeadlockVictim;
import io.jixiao.system.ForbiddenException;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.NotFoundException;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TargetTable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's board of every open task: ages, due dates, counts, reminders and reassignment. */
@Service
@Transactional
// outside the transaction: a run that lost a deadlock is rolled back, then run again in a new one
@Retryable(predicate = DeadlockVictim.class, maxRetries = 3, delay = 20, jitter = 10, multiplier = 2)
public class PendingBoard {

	private final TaskService taskService;
	private final TableService tables;
	private final OrganizationDirectory directory;
	private final ReviewService review;
	private final Notifier notifier;
	private final AuditTrail audit;
	private final MessageSource messages;
	private final Clock clock;
	private final DateTimeFormatter dateFormat;
	private final JdbcTemplate jdbc;

	PendingBoard(TaskService taskService, TableService tables, OrganizationDirectory directory, ReviewService review,
			Notifier notifier, AuditTrail audit, MessageSource messages, Clock clock,
			@Value("${app.time-zone:Asia/Shanghai}") String zone, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.taskService = taskService;
		this.tables = tables;
		this.directory = directory;
		this.review = review;
		this.notifier = notifier;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
		this.dateFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of(zone));
	}

	/** One open task as the board shows it. */
	public record Row(String taskId, long tableId, int year, String projectName, String unitName, Long departmentId,
			String departmentName, String stage, String assignee, String group, Instant created, long ageHours,
			Instant due, boolean overdue) {
	}

	/** One page of the filtered rows, how many match, and the counts over all open tasks. */
	public record Board(List<Row> rows, long matching, Map<String, Long> perStage,
			Map<String, Long> overduePerDepartment, long total, long overdue) {

		public long maxPerStage() {
			return perStage.values().stream().mapToLong(Long::longValue).max().orElse(0);
		}

		public long maxOverdue() {
			return overduePerDepartment.values().stream().mapToLong(Long::longValue).max().orElse(0);
		}
	}

	/*
	 * The board is a read model over the engine's and the organizations' tables, for the administrator only, counted
	 * and paged by the database: it reads one page of tasks however many are open (reading all of them took 1.7 s
	 * at 40,000 open tasks). A task's table and unit are its process's stored tableId and unitId, the department the
	 * unit's (or the unit itself when it is one).
	 */
	private static final String REVIEW_TASKS = " from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_"
			+ " and d.KEY_ = '" + Stage.PROCESS + "'";

	private static final String TABLE = " join ACT_RU_VARIABLE vt on vt.PROC_INST_ID_ = t.PROC_INST_ID_"
			+ " and vt.TASK_ID_ is null and vt.NAME_ = 'tableId'";

	private static final String UNIT = " join ACT_RU_VARIABLE vu on vu.PROC_INST_ID_ = t.PROC_INST_ID_"
			+ " and vu.TASK_ID_ is null and vu.NAME_ = 'unitId'"
			+ " join organizations u on u.id = vu.LONG_ left join organizations p on p.id = u.parent_id";

	private static final String DEPARTMENT_ID = "case when u.kind = 'DEPARTMENT' then u.id"
			+ " when p.kind = 'DEPARTMENT' then p.id end";

	private static final String DEPARTMENT_NAME = "case when u.kind = 'DEPARTMENT' then u.name"
			+ " when p.kind = 'DEPARTMENT' then p.name end";

	/**
	 * Open tasks per stage, and the overdue ones per stage and department: only overdue tasks are joined to their
	 * unit (the others fall into the group without a department, counted but not overdue).
	 */
	private static final String COUNTS = "select t.TASK_DEF_KEY_, " + DEPARTMENT_ID + ", " + DEPARTMENT_NAME
			+ ", count(*), count(vu.ID_)" + REVIEW_TASKS
			+ " left join ACT_RU_VARIABLE vu on t.DUE_DATE_ < ? and vu.PROC_INST_ID_ = t.PROC_INST_ID_"
			+ " and vu.TASK_ID_ is null and vu.NAME_ = 'unitId'"
			+ " left join organizations u on u.id = vu.LONG_ left join organizations p on p.id = u.parent_id"
			+ " where t.SUSPENSION_STATE_ = 1 group by t.TASK_DEF_KEY_, " + DEPARTMENT_ID + ", " + DEPARTMENT_NAME;

	private static final String PAGE_COLUMNS = "select t.ID_, t.TASK_DEF_KEY_, t.ASSIGNEE_, t.CREATE_TIME_,"
			+ " t.DUE_DATE_, vt.LONG_, u.name, " + DEPARTMENT_ID + ", " + DEPARTMENT_NAME;

	private static final String ORDER = " order by t.CREATE_TIME_, t.ID_";

	/** Open tasks of one stage (and department, when overdue), and how many of them are overdue. */
	private record Group(Stage stage, Long departmentId, String departmentName, long tasks, long overdue) {
	}

	/** A task as the page query reads it. */
	private record OpenTask(String id, Stage stage, String assignee, Instant created, Instant due, long tableId,
			String unitName, Long departmentId, String departmentName) {
	}

	/** The counts over every open task and the asked page of the tasks that match the filters, oldest first. */
	@Transactional(readOnly = true)
	public Board board(Account account, String stage, Long departmentId, boolean overdueOnly, long offset,
			int limit) {
		requireAdmin(account);
		Timestamp now = Timestamp.from(clock.instant());
		List<Group> groups = jdbc.query(COUNTS,
				(rs, n) -> new Group(Stage.ofTask(rs.getString(1)), longOrNull(rs, 2), rs.getString(3), rs.getLong(4),
						rs.getLong(5)),
				now);
		Map<String, Long> perStage = new LinkedHashMap<>();
		for (Stage s : Stage.values()) {
			perStage.put(s.name(), 0L);
		}
		Map<String, Long> overdue = new TreeMap<>();
		long matching = 0;
		for (Group group : groups) {
			perStage.merge(group.stage().name(), group.tasks(), Long::sum);
			if (group.overdue() > 0) {
				overdue.merge(group.departmentName() == null ? text("board.noDepartment") : group.departmentName(),
						group.overdue(), Long::sum);
			}
			if (stage == null || stage.isBlank() || group.stage().name().equals(stage)) {
				matching += overdueOnly ? group.overdue() : group.tasks();
			}
		}

		// filters on the task itself
		StringBuilder filter = new StringBuilder(" where t.SUSPENSION_STATE_ = 1");
		List<Object> args = new ArrayList<>();
		if (stage != null && !stage.isBlank()) {
			filter.append(" and t.TASK_DEF_KEY_ = ?");
			args.add(Arrays.stream(Stage.values()).filter(s -> s.name().equals(stage)).map(Stage::taskKey)
				.findFirst().orElse("-"));
		}
		if (overdueOnly) {
			filter.append(" and t.DUE_DATE_ < ?");
			args.add(now);
		}
		String pageQuery;
		if (departmentId == null) {
			// the page of tasks first (by their creation index), then their tables and units
			pageQuery = PAGE_COLUMNS + " from (select t.ID_, t.TASK_DEF_KEY_, t.ASSIGNEE_, t.CREATE_TIME_, t.DUE_DATE_,"
					+ " t.PROC_INST_ID_" + REVIEW_TASKS + filter + ORDER + " limit ? offset ?) t" + TABLE + UNIT + ORDER;
		}
		else {
			filter.append(" and ").append(DEPARTMENT_ID).append(" = ?");
			args.add(departmentId);
			Long count = jdbc.queryForObject("select count(*)" + REVIEW_TASKS + UNIT + filter, Long.class,
					args.toArray());
			matching = count == null ? 0 : count;
			pageQuery = PAGE_COLUMNS + REVIEW_TASKS + TABLE + UNIT + filter + ORDER + " limit ? offset ?";
		}
		args.add(limit);
		args.add(offset);
		List<OpenTask> page = matching == 0 ? List.of() : jdbc.query(pageQuery,
				(rs, n) -> new OpenTask(rs.getString(1), Stage.ofTask(rs.getString(2)), rs.getString(3),
						rs.getTimestamp(4).toInstant(),
						rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getLong(6),
						rs.getString(7), longOrNull(rs, 8), rs.getString(9)),
				args.toArray());
		long total = perStage.values().stream().mapToLong(Long::longValue).sum();
		return new Board(rows(account, page), matching, perStage, overdue, total,
				overdue.values().stream().mapToLong(Long::longValue).sum());
	}

	private static Long longOrNull(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	/** Tells the holder, or every candidate, that the task waits; returns how many were told. */
	public int remind(Account account, String taskId) {
		requireAdmin(account);
		Task task = task(taskId);
		TargetTable table = table(account, task);
		Stage stage = Stage.ofTask(task.getTaskDefinitionKey());
		List<Long> told = task.getAssignee() != null ? List.of(Long.parseLong(task.getAssignee()))
				: review.candidates(table, stage);
		String due = task.getDueDate() == null ? "" : dateFormat.format(task.getDueDate().toInstant());
		notifier.tell(told, "reminder", table.getId(), review.name(table), review.stageLabel(stage), due);
		audit.record(new AuditEntry(account.id(), account.displayName(), account.organizationId(), "REMIND",
				table.getId(), Map.of("stage", stage.name(), "notified", told.size())));
		return told.size();
	}

	/** Gives the task to another person who may work on this stage of this table. */
	public void reassign(Account account, String taskId, long userId) {
		requireAdmin(account);
		Task task = task(taskId);
		TargetTable table = table(account, task);
		Stage stage = Stage.ofTask(task.getTaskDefinitionKey());
		if (!review.candidates(table, stage).contains(userId)) {
			throw new InvalidInputException("board.reassignTarget");
		}
		tables.saveTransition(table.touch(clock.instant()));
		taskService.setAssignee(taskId, String.valueOf(userId));
		String to = directory.person(userId).map(OrganizationDirectory.Person::displayName).orElse("");
		notifier.tell(List.of(userId), "reassigned", table.getId(), review.name(table), review.stageLabel(stage));
		audit.record(new AuditEntry(account.id(), account.displayName(), account.organizationId(), "REASSIGN",
				table.getId(), Map.of("stage", stage.name(), "to", to,
						"from", task.getAssignee() == null ? "" : task.getAssignee())));
	}

	/** Who a task could be given to. */
	@Transactional(readOnly = true)
	public List<OrganizationDirectory.Person> candidates(Account account, String taskId) {
		requireAdmin(account);
		Task task = task(taskId);
		List<Long> ids = review.candidates(table(account, task), Stage.ofTask(task.getTaskDefinitionKey()));
		return ids.stream().map(directory::person).flatMap(java.util.Optional::stream).toList();
	}

	private List<Row> rows(Account account, List<OpenTask> open) {
		Map<Long, TargetTable> byId = tables.byIds(account, open.stream().map(OpenTask::tableId).distinct().toList());
		// assignees read in one query, however many tasks there are
		Map<Long, String> people = directory.displayNames(open.stream().map(OpenTask::assignee)
			.filter(java.util.Objects::nonNull).map(Long::parseLong).distinct().toList());
		Instant now = clock.instant();
		List<Row> rows = new ArrayList<>();
		for (OpenTask task : open) {
			TargetTable table = byId.get(task.tableId());
			if (table == null) {
				continue;
			}
			Stage stage = task.stage();
			String department = task.departmentName();
			String assignee = task.assignee() == null ? null
					: people.getOrDefault(Long.parseLong(task.assignee()), task.assignee());
			String group = assignee != null ? null : text("board.group." + stage.name(),
					stage == Stage.REVISE ? task.unitName() : department == null ? "" : department);
			Instant due = task.due();
			rows.add(new Row(task.id(), table.getId(), table.getYear(), review.name(table), task.unitName(),
					task.departmentId(), department == null ? text("board.noDepartment") : department, stage.name(),
					assignee, group, task.created(), Duration.between(task.created(), now).toHours(), due,
					due != null && due.isBefore(now)));
		}
		return rows;
	}

	private Task task(String taskId) {
		Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw new NotFoundException("task " + taskId);
		}
		return task;
	}

	private TargetTable table(Account account, Task task) {
		Object tableId = taskService.getVariable(task.getId(), "tableId");
		return tables.get(account, Long.parseLong(String.valueOf(tableId)));
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}

	private static void requireAdmin(Account account) {
		if (!account.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("error.forbidden");
		}
	}
}
