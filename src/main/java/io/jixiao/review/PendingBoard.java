package io.jixiao.review;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditTrail;
import io.jixiao.notifications.Notifier;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.Role;
import io.jixiao.system.DeadlockVictim;
import io.jixiao.system.ForbiddenException;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.NotFoundException;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TargetTable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
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

	PendingBoard(TaskService taskService, TableService tables, OrganizationDirectory directory, ReviewService review,
			Notifier notifier, AuditTrail audit, MessageSource messages, Clock clock,
			@Value("${app.time-zone:Asia/Shanghai}") String zone) {
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

	/** The filtered rows and the counts over all open tasks. */
	public record Board(List<Row> rows, Map<String, Long> perStage, Map<String, Long> overduePerDepartment, long total,
			long overdue) {

		public long maxPerStage() {
			return perStage.values().stream().mapToLong(Long::longValue).max().orElse(0);
		}

		public long maxOverdue() {
			return overduePerDepartment.values().stream().mapToLong(Long::longValue).max().orElse(0);
		}
	}

	@Transactional(readOnly = true)
	public Board board(Account account, String stage, Long departmentId, boolean overdueOnly) {
		requireAdmin(account);
		List<Row> all = rows(account);
		Map<String, Long> perStage = new LinkedHashMap<>();
		for (Stage s : Stage.values()) {
			perStage.put(s.name(), all.stream().filter(r -> r.stage().equals(s.name())).count());
		}
		Map<String, Long> overdue = new TreeMap<>();
		all.stream().filter(Row::overdue).forEach(r -> overdue.merge(r.departmentName(), 1L, Long::sum));
		List<Row> shown = all.stream()
			.filter(r -> stage == null || stage.isBlank() || r.stage().equals(stage))
			.filter(r -> departmentId == null || departmentId.equals(r.departmentId()))
			.filter(r -> !overdueOnly || r.overdue())
			.toList();
		return new Board(shown, perStage, overdue, all.size(), all.stream().filter(Row::overdue).count());
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

	private List<Row> rows(Account account) {
		List<Task> open = taskService.createTaskQuery().processDefinitionKey(Stage.PROCESS).active()
			.includeProcessVariables().orderByTaskCreateTime().asc().list();
		Map<Long, TargetTable> byId = tables.byIds(account,
				open.stream().map(ReviewService::tableIdOf).distinct().toList());
		// units and assignees read in one query each, however many tasks there are
		Map<Long, Organization> organizations = directory.withParents(
				byId.values().stream().map(TargetTable::getUnitId).distinct().toList());
		Map<Long, String> people = directory.displayNames(open.stream().map(Task::getAssignee)
			.filter(java.util.Objects::nonNull).map(Long::parseLong).distinct().toList());
		Instant now = clock.instant();
		List<Row> rows = new ArrayList<>();
		for (Task task : open) {
			TargetTable table = byId.get(ReviewService.tableIdOf(task));
			if (table == null) {
				continue;
			}
			Organization unit = organizations.get(table.getUnitId());
			Organization department = unit.department();
			Stage stage = Stage.ofTask(task.getTaskDefinitionKey());
			String assignee = task.getAssignee() == null ? null
					: people.getOrDefault(Long.parseLong(task.getAssignee()), task.getAssignee());
			String group = assignee != null ? null : text("board.group." + stage.name(),
					stage == Stage.REVISE ? unit.getName() : department == null ? "" : department.getName());
			Instant created = task.getCreateTime().toInstant();
			Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
			rows.add(new Row(task.getId(), table.getId(), table.getYear(), review.name(table), unit.getName(),
					department == null ? null : department.getId(),
					department == null ? text("board.noDepartment") : department.getName(), stage.name(), assignee,
					group, created, Duration.between(created, now).toHours(), due, due != null && due.isBefore(now)));
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
