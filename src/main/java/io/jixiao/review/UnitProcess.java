package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.common.engine.impl.query.AbstractNativeQuery;
import org.flowable.common.engine.impl.query.AbstractQuery;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.NativeTaskQuery;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;

/**
 * The process of one unit's document (a monitoring report, a self-evaluation) seen from Java: keyed by the document's
 * id, with the open task, completion and a user's open tasks. Each process's groups carry a prefix of their own
 * ({@code <prefix>-unit-<id>}, {@code <prefix>-dept-<id>}, {@code <prefix>-finance}), so that no other task list sees
 * them.
 */
public abstract class UnitProcess {

	/** The department's and finance's steps, named alike in every unit document's process. */
	public static final String DEPT_REVIEW = "deptReviewTask";
	public static final String FINANCE_REVIEW = "financeReviewTask";

	/** The open tasks of the process offered to one of the groups (%s) and held by nobody, from the groups' links. */
	private static final String OFFERED = "select RES.* from ACT_RU_IDENTITYLINK L"
			+ " join ACT_RU_TASK RES on RES.ID_ = L.TASK_ID_ join ACT_RE_PROCDEF D on D.ID_ = RES.PROC_DEF_ID_"
			+ " where L.TYPE_ = 'candidate' and L.GROUP_ID_ in (%s) and RES.ASSIGNEE_ is null and D.KEY_ = #{key}";

	private final RuntimeService runtime;
	private final TaskService tasks;
	private final ReadsWithoutTransaction reads;
	private final String key;
	private final String groupPrefix;
	private final String pagePrefix;

	/** @param pagePrefix a document's page without its id ({@code /evaluations/}) */
	protected UnitProcess(RuntimeService runtime, TaskService tasks, ReadsWithoutTransaction reads, String key,
			String groupPrefix, String pagePrefix) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.reads = reads;
		this.key = key;
		this.groupPrefix = groupPrefix;
		this.pagePrefix = pagePrefix;
	}

	/** Starts the process of a document; the variables are ids and what a task list shows without reading it. */
	protected void start(long documentId, Map<String, Object> variables) {
		runtime.createProcessInstanceBuilder()
			.processDefinitionKey(key)
			.businessKey(String.valueOf(documentId))
			.variables(variables)
			.start();
	}

	public Optional<Task> openTask(long documentId) {
		return Optional.ofNullable(tasks.createNativeTaskQuery()
			.sql(EngineQueries.OPEN_TASK_SQL)
			.parameter("businessKey", String.valueOf(documentId))
			.parameter("processKey", key)
			.singleResult());
	}

	/** Completes a task; the route or decision only chooses the way out, so it is transient. */
	public void complete(Task task, Account account, Map<String, Object> route) {
		tasks.complete(task.getId(), String.valueOf(account.id()), null, route);
	}

	/** The tasks offered to this user's group, oldest first, with their process variables. */
	public List<Task> openTasks(Account account) {
		List<String> groups = groups(account);
		if (groups.isEmpty()) {
			return List.of();
		}
		// the task query's candidate check read every open task on MariaDB (20-30 ms at 40,000 open review tasks, and
		// finance had one report task): the ids come from the groups' links, the tasks and variables only if any
		NativeTaskQuery offered = tasks.createNativeTaskQuery();
		((AbstractNativeQuery<?, ?>) offered).setCommandExecutor(reads);
		List<String> ids = offered.sql(OFFERED.formatted(EngineQueries.parameters(offered, "group", groups)))
			.parameter("key", key)
			.list()
			.stream()
			.map(Task::getId)
			.toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		TaskQuery query = tasks.createTaskQuery();
		((AbstractQuery<?, ?>) query).setCommandExecutor(reads);
		return query.taskIds(ids).includeProcessVariables().orderByTaskCreateTime().asc().list();
	}

	/**
	 * The reminder a document's open task calls for now, if any (the review's reminder days), to whoever works on it.
	 */
	public Optional<UnitTaskDue> reminderNow(UnitDocument document, TaskDeadlines deadlines) {
		Task task = openTask(document.id()).orElse(null);
		if (task == null || task.getDueDate() == null) {
			return Optional.empty();
		}
		Instant due = task.getDueDate().toInstant();
		return deadlines.reminderNow(due)
			.map(overdue -> new UnitTaskDue(task(document, task.getTaskDefinitionKey()), due, overdue));
	}

	/** The document's task at {@code step} has arrived: the event that tells whoever works on it. */
	public UnitTaskArrived arrived(UnitDocument document, String step) {
		return new UnitTaskArrived(task(document, step));
	}

	/** Who works on a step: the unit's leads its own steps, the department's reviewers the department's, finance. */
	private UnitTask task(UnitDocument document, String step) {
		String page = pagePrefix + document.id();
		return switch (step) {
			case DEPT_REVIEW -> new UnitTask(document.tableId(), document.name(), groupPrefix, step, page,
					Role.DEPT_REVIEWER, document.departmentId());
			case FINANCE_REVIEW -> new UnitTask(document.tableId(), document.name(), groupPrefix, step, page,
					Role.FINANCE_REVIEWER, null);
			default -> new UnitTask(document.tableId(), document.name(), groupPrefix, step, page, Role.LEAD,
					document.unitId());
		};
	}

	/** The groups of this process a user belongs to: a unit's lead, a department's reviewers, finance. */
	public List<String> groups(Account account) {
		return switch (account.role()) {
			case LEAD -> List.of(groupPrefix + "-unit-" + account.organizationId());
			case DEPT_REVIEWER -> List.of(groupPrefix + "-dept-" + account.organizationId());
			case FINANCE_REVIEWER -> List.of(groupPrefix + "-finance");
			case ADMIN -> List.of();
		};
	}
}
