package io.jixiao.review;

import io.jixiao.checks.Finding;
import io.jixiao.checks.Severity;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.Actor;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.OrganizationDirectory.Person;
import io.jixiao.system.ConflictException;
import io.jixiao.system.DeadlockVictim;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.PlainText;
import io.jixiao.targets.Decision;
import io.jixiao.targets.Disclosure;
import io.jixiao.targets.TableAdjustments;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TableStatus;
import io.jixiao.targets.TableVersion;
import io.jixiao.targets.TargetTable;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review path's commands. Each loads the table and its open task, checks that this user may do this now, lets
 * the aggregate take the transition and writes it first (so a concurrent second attempt fails on the table's
 * version), then moves the process on, all in one transaction. The transition's event, published as the table is
 * saved, is what the timeline, the audit trail and the notifications record before the transaction commits.
 */
@Service
@Transactional
// outside the transaction: a run that lost a deadlock is rolled back, then run again in a new one
@Retryable(predicate = DeadlockVictim.class, maxRetries = 3, delay = 20, jitter = 10, multiplier = 2)
public class ReviewCommands {

	/** Columns of row_comments.comment_text and target_tables.disclosure_reason. */
	static final int ROW_COMMENT_LENGTH = 1000;
	static final int REASON_LENGTH = 500;

	private final TableService tables;
	private final TableAdjustments adjustments;
	private final OrganizationDirectory directory;
	private final RuntimeService runtime;
	private final TaskService taskService;
	private final EngineQueries engine;
	private final ReviewAccess access;
	private final ReviewEvents events;
	private final RowComments comments;
	private final ProcessDefinitions definitions;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;
	private final OneCommand command;

	ReviewCommands(TableService tables, TableAdjustments adjustments, OrganizationDirectory directory,
			RuntimeService runtime, TaskService taskService, EngineQueries engine, ReviewAccess access,
			ReviewEvents events, RowComments comments, ProcessDefinitions definitions, ApplicationEventPublisher publisher,
			Clock clock, OneCommand command) {
		this.tables = tables;
		this.adjustments = adjustments;
		this.directory = directory;
		this.runtime = runtime;
		this.taskService = taskService;
		this.engine = engine;
		this.access = access;
		this.events = events;
		this.comments = comments;
		this.definitions = definitions;
		this.publisher = publisher;
		this.clock = clock;
		this.command = command;
	}

	/** Submits a draft or a returned table; refused with the ERROR findings while any stands. */
	public TargetTable submit(Account account, long tableId) {
		return command.run(() -> submitInCommand(account, tableId));
	}

	private TargetTable submitInCommand(Account account, long tableId) {
		TargetTable table = tables.get(account, tableId);
		ReviewAccess.requireDrafterUnit(account, table);
		if (!table.getStatus().isEditable()) {
			throw new ConflictException("table.wrongState");
		}
		List<Finding> errors = tables.check(table).stream().filter(f -> f.severity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors, "review.submitErrors", errors.size());
		}
		Organization department = directory.get(table.getUnitId()).department();
		boolean deptReview = department != null && department.isDeptReviews();
		table.submit(deptReview ? department.getId() : null, account.actor(), clock.instant());
		tables.saveTransition(table);
		TableVersion version = tables.snapshot(table, account.id());

		// the route is read once, at the gateway and the new task's group: transient, not stored with the process
		Map<String, Object> route = Map.of("deptReview", deptReview, "departmentId",
				department == null ? 0L : department.getId(), ReviewTasks.FINANCE_GROUP, financeGroup(department));
		// the first submission starts the process; later ones find it waiting at 退回修改 (returned or withdrawn)
		Optional<Task> open = version.getNumber() == 1 ? Optional.empty() : engine.openTask(table);
		if (open.isPresent()) {
			if (Stage.ofTask(open.get().getTaskDefinitionKey()) != Stage.REVISE) {
				throw new ConflictException("table.wrongState");
			}
			complete(open.get(), account, route);
		}
		else {
			runtime.createProcessInstanceBuilder()
				.processDefinitionId(definitions.latestId())
				.businessKey(String.valueOf(tableId))
				.variables(Map.of("tableId", tableId, "unitId", table.getUnitId()))
				.transientVariables(route)
				.start();
		}
		return table;
	}

	/** The drafter takes a submission back while no reviewer has acted on it. */
	public TargetTable withdraw(Account account, long tableId) {
		TargetTable table = tables.head(account, tableId);
		ReviewAccess.requireDrafterUnit(account, table);
		Task task = engine.openTask(table).orElseThrow(() -> new ConflictException("review.notWithdrawable"));
		Stage stage = Stage.ofTask(task.getTaskDefinitionKey());
		if (!stage.isReview() || task.getAssignee() != null
				|| ReviewAccess.actedSince(events.findByTableIdOrderById(tableId))) {
			throw new ConflictException("review.notWithdrawable");
		}
		table.withdraw(account.actor(), clock.instant());
		tables.saveTransition(table);
		runtime.createChangeActivityStateBuilder()
			.processInstanceId(task.getProcessInstanceId())
			.moveActivityIdTo(task.getTaskDefinitionKey(), Stage.REVISE.taskKey())
			.changeState();
		return table;
	}

	/** A department or finance reviewer decides on the table whose task they hold. */
	public TargetTable review(Account account, long tableId, ReviewForm form, List<PinnedComment> pinned) {
		return command.run(() -> reviewInCommand(account, tableId, form, pinned, null));
	}

	/**
	 * As {@link #review}, refused (409) when the table changed since the reviewer's list showed it at
	 * {@code listedVersion} (edited, withdrawn and resubmitted, handed over): checked on the row this transition
	 * writes, so a change after the check fails on the table's version as well.
	 */
	TargetTable reviewListed(Account account, long tableId, ReviewForm form, long listedVersion) {
		return command.run(() -> reviewInCommand(account, tableId, form, List.of(), listedVersion));
	}

	private TargetTable reviewInCommand(Account account, long tableId, ReviewForm form, List<PinnedComment> pinned,
			Long listedVersion) {
		TargetTable table = tables.head(account, tableId);
		if (listedVersion != null && table.getVersion() != listedVersion) {
			throw new ConflictException("bulk.changed", table.displayName());
		}
		Task task = access.reviewTaskFor(account, table);
		ReviewForm.Verdict verdict = form.verdict(Stage.ofTask(task.getTaskDefinitionKey()));
		int version = table.getLatestVersion();
		boolean adjusting = table.isAdjusting();
		Actor actor = access.actor(account, task);
		table.decide(verdict.decision(), verdict.grade(), verdict.comment(), actor, clock.instant());
		if (adjusting && !table.isAdjusting() && verdict.decision() == Decision.REJECT) {
			// 差 on an adjustment: the earlier approval stays in force, and so does its content
			adjustments.restoreInForce(table);
		}
		tables.saveTransition(table);
		// the decision only chooses the gateway's way out: transient (the product's review_events keep it); the
		// finance section after a department's approval is read by the BPMN's bean (ReviewTasks.financeGroup)
		complete(task, account, Map.of("decision", verdict.decision().name()));
		pin(actor, table, version, pinned);
		return table;
	}

	/** Adds comments to indicator rows of the version under review, without deciding yet. */
	public void comment(Account account, long tableId, List<PinnedComment> pinned) {
		TargetTable table = tables.head(account, tableId);
		Task task = access.reviewTaskFor(account, table);
		pin(access.actor(account, task), table, table.getLatestVersion(), pinned);
	}

	/**
	 * The drafter answers a row comment of the returned version, marking the row fixed (已修改) or not; the reviewer
	 * sees it beside the comment in the next round.
	 */
	public void answer(Account account, long tableId, long commentId, String text, boolean fixed) {
		TargetTable table = tables.head(account, tableId);
		ReviewAccess.requireDrafterUnit(account, table);
		if (table.getStatus() != TableStatus.RETURNED) {
			throw new ConflictException("table.wrongState");
		}
		RowComment comment = comments.findById(commentId)
			.filter(c -> c.getTableId() == tableId && c.getVersionNumber() == table.getLatestVersion())
			.orElseThrow(() -> new InvalidInputException("review.answerComment"));
		String answer = isBlank(text) ? null : PlainText.require("review.answer", text.strip(), ROW_COMMENT_LENGTH);
		if (answer == null && !fixed) {
			throw new InvalidInputException("review.answerRequired");
		}
		comment.answer(answer, fixed, account.displayName(), clock.instant());
	}

	/** Who may take over this user's review task on the table (转办): 403 or 409 as for the hand-over itself. */
	@Transactional(readOnly = true)
	public List<Person> colleagues(Account account, TargetTable table) {
		access.reviewTaskFor(account, table);
		return directory.people(account.role(), account.organizationId()).stream()
			.filter(p -> p.id() != account.id())
			.filter(p -> table.getSubmittedBy() == null || p.id() != table.getSubmittedBy())
			.toList();
	}

	/** Hands the review task to a colleague of the same stage (转办). */
	public void handOver(Account account, long tableId, long toUserId) {
		TargetTable table = tables.head(account, tableId);
		Task task = access.reviewTaskFor(account, table);
		Person colleague = directory.person(toUserId)
			.filter(p -> p.role() == account.role() && p.organizationId() == account.organizationId()
					&& p.id() != account.id())
			.orElseThrow(() -> new InvalidInputException("review.handOverTarget"));
		if (table.getSubmittedBy() != null && table.getSubmittedBy() == colleague.id()) {
			throw new InvalidInputException("review.handOverTarget");
		}
		table.handOver(account.actor(), colleague.id(), colleague.displayName(), clock.instant());
		tables.saveTransition(table);
		taskService.setAssignee(task.getId(), String.valueOf(colleague.id()));
	}

	/** The publication decision on an approved table: 公开, or 不予公开 with its reason. */
	public TargetTable publish(Account account, long tableId, Disclosure disclosure, String reason) {
		return command.run(() -> publishInCommand(account, tableId, disclosure, reason));
	}

	private TargetTable publishInCommand(Account account, long tableId, Disclosure disclosure, String reason) {
		ReviewAccess.requirePublisher(account);
		if (disclosure == null) {
			throw new InvalidInputException("review.disclosureRequired");
		}
		if (disclosure == Disclosure.WITHHELD && isBlank(reason)) {
			throw new InvalidInputException("review.reasonRequired");
		}
		PlainText.require("review.publish.reason", isBlank(reason) ? null : reason.strip(), REASON_LENGTH);
		TargetTable table = tables.head(account, tableId);
		Task task = engine.openTask(table)
			.filter(t -> Stage.ofTask(t.getTaskDefinitionKey()) == Stage.PUBLICATION)
			.orElseThrow(() -> new ConflictException("review.noTask"));
		table.decidePublication(disclosure, isBlank(reason) ? null : reason.strip(), account.actor(),
				clock.instant());
		tables.saveTransition(table);
		complete(task, account, Map.of());
		return table;
	}

	/** Completes the task inside the transition's engine command, its executions read together first. */
	private void complete(Task task, Account account, Map<String, Object> transientVariables) {
		engine.loadExecutions(task.getProcessInstanceId());
		taskService.complete(task.getId(), String.valueOf(account.id()), null, transientVariables);
	}

	/**
	 * The same decision for the approved tables of a department's units in a year: the given ones (every one when null);
	 * returns how many.
	 */
	public int publishAll(Account account, long departmentId, int year, Disclosure disclosure, String reason,
			Collection<Long> tableIds) {
		ReviewAccess.requirePublisher(account);
		if (tableIds != null && tableIds.isEmpty()) {
			throw new InvalidInputException("publication.noneChecked");
		}
		List<TargetTable> approved = tables.find(account, directory.unitIds(departmentId), year, TableStatus.APPROVED)
			.stream().filter(table -> tableIds == null || tableIds.contains(table.getId())).toList();
		approved.forEach(table -> publish(account, table.getId(), disclosure, reason));
		return approved.size();
	}

	/** The group the finance task of a department's table is offered to: its section's, or the whole bureau's. */
	private static String financeGroup(Organization department) {
		return ReviewAccess.financeGroup(department == null ? null : department.getSectionId());
	}

	private void pin(Actor actor, TargetTable table, int version, List<PinnedComment> pinned) {
		for (PinnedComment comment : pinned) {
			if (isBlank(comment.comment())) {
				continue;
			}
			// the rows are read only for a comment: a decision without one needs no statement for them
			var rows = table.getIndicators();
			if (comment.row() < 0 || comment.row() >= rows.size()) {
				throw new InvalidInputException("review.commentRow", comment.row() + 1);
			}
			String name = rows.get(comment.row()).getName();
			String text = PlainText.require("review.comment", comment.comment().strip(), ROW_COMMENT_LENGTH);
			comments.save(new RowComment(table.getId(), version, comment.row(), name, text, actor.id(),
					actor.displayName(), clock.instant()));
			publisher.publishEvent(new RowCommented(table.getId(), version, comment.row() + 1, name, text, actor));
		}
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
