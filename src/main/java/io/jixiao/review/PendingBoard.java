package io.jixiao.review;

import static io.jixiao.review.EngineQueries.BOARD_COUNTS;
import static io.jixiao.review.EngineQueries.BOARD_ORDER;
import static io.jixiao.review.EngineQueries.BOARD_PAGE_COLUMNS;
import static io.jixiao.review.EngineQueries.BOARD_PROCESS;
import static io.jixiao.review.EngineQueries.BOARD_TABLE;
import static io.jixiao.review.EngineQueries.BOARD_TASKS;
import static io.jixiao.review.EngineQueries.BOARD_UNIT;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.Role;
import io.jixiao.system.DeadlockVictim;
import io.jixiao.system.ForbiddenException;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.NotFoundException;
import io.jixiao.targets.ListQuery;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TableSql;
import io.jixiao.targets.TargetTable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
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
	private final ReviewAccess access;
	private final ApplicationEventPublisher publisher;
	private final MessageSource messages;
	private final Clock clock;
	private final JdbcTemplate jdbc;

	PendingBoard(TaskService taskService, TableService tables, OrganizationDirectory directory, ReviewAccess access,
			ApplicationEventPublisher publisher, MessageSource messages, Clock clock, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.taskService = taskService;
		this.tables = tables;
		this.directory = directory;
		this.access = access;
		this.publisher = publisher;
		this.messages = messages;
		this.clock = clock;
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

	/** Open tasks of one stage (and department, when overdue), and how many of them are overdue. */
	private record Group(Stage stage, Long departmentId, String departmentName, long tasks, long overdue) {
	}

	/** A task as the page query reads it. */
	private record OpenTask(String id, Stage stage, String assignee, Instant created, Instant due, long tableId,
			String unitName, Long departmentId, String departmentName) {
	}

	/**
	 * The counts over every open task and the asked page of the tasks that the query selects, oldest first unless it
	 * orders them.
	 */
	@Transactional(readOnly = true)
	public Board board(Account account, ListQuery query, long offset, int limit) {
		requireAdmin(account);
		Timestamp now = Timestamp.from(clock.instant());
		List<Group> groups = jdbc.query(BOARD_COUNTS,
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
			if (query.stage() == null || group.stage().name().equals(query.stage())) {
				matching += query.overdue() ? group.overdue() : group.tasks();
			}
		}

		// filters on the task itself
		StringBuilder filter = new StringBuilder(" where t.SUSPENSION_STATE_ = 1");
		List<Object> args = new ArrayList<>();
		String pageQuery;
		if (query.onTasksAlone()) {
			TaskSearch.conditions(query, filter, args, now);
			// the page of tasks first (by their creation index), then their tables and units
			pageQuery = BOARD_PAGE_COLUMNS + " from (select t.ID_, t.TASK_DEF_KEY_, t.ASSIGNEE_, t.CREATE_TIME_,"
					+ " t.DUE_DATE_, t.PROC_INST_ID_ from ACT_RU_TASK t" + filter + BOARD_PROCESS + BOARD_ORDER
					+ " limit ? offset ?) t"
					+ BOARD_TABLE + BOARD_UNIT + BOARD_ORDER;
		}
		else {
			// the tasks with their tables, units and departments, filtered and ordered together
			String from = BOARD_TASKS + BOARD_TABLE + BOARD_UNIT
					+ (query.readsTables() ? TableSql.joinTable("vt.LONG_") : "");
			TaskSearch.conditions(query, filter, args, now);
			Long count = jdbc.queryForObject("select count(*)" + from + filter, Long.class, args.toArray());
			matching = count == null ? 0 : count;
			pageQuery = BOARD_PAGE_COLUMNS + from + filter
					+ (query.sort() == null ? BOARD_ORDER : TaskSearch.order(query)) + " limit ? offset ?";
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
				: access.candidates(table, task);
		publisher.publishEvent(new TaskReminded(table.getId(), table.displayName(), stage,
				task.getDueDate() == null ? null : task.getDueDate().toInstant(), told, account.actor()));
		return told.size();
	}

	/** Gives the task to another person who may work on this stage of this table. */
	public void reassign(Account account, String taskId, long userId) {
		requireAdmin(account);
		Task task = task(taskId);
		TargetTable table = table(account, task);
		Stage stage = Stage.ofTask(task.getTaskDefinitionKey());
		if (!access.candidates(table, task).contains(userId)) {
			throw new InvalidInputException("board.reassignTarget");
		}
		tables.saveTransition(table.touch(clock.instant()));
		taskService.setAssignee(taskId, String.valueOf(userId));
		String to = directory.person(userId).map(OrganizationDirectory.Person::displayName).orElse("");
		publisher.publishEvent(new TaskReassigned(table.getId(), table.displayName(), stage, userId, to,
				task.getAssignee() == null ? "" : task.getAssignee(), account.actor()));
	}

	/** Who a task could be given to. */
	@Transactional(readOnly = true)
	public List<OrganizationDirectory.Person> candidates(Account account, String taskId) {
		requireAdmin(account);
		Task task = task(taskId);
		List<Long> ids = access.candidates(table(account, task), task);
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
			rows.add(new Row(task.id(), table.getId(), table.getYear(), table.displayName(), task.unitName(),
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
