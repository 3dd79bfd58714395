package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TableStatus;
import io.jixiao.targets.TargetTable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review panel of a table's page: steps, open task, what this user may do, diff, row comments. */
@Service
@Transactional(readOnly = true)
class ReviewPanels {

	private final EngineQueries engine;
	private final ReviewAccess access;
	private final TableService tables;
	private final ReviewEvents events;
	private final RowComments comments;
	private final Clock clock;

	ReviewPanels(EngineQueries engine, ReviewAccess access, TableService tables, ReviewEvents events,
			RowComments comments, Clock clock) {
		this.engine = engine;
		this.access = access;
		this.tables = tables;
		this.events = events;
		this.comments = comments;
		this.clock = clock;
	}

	/**
	 * Everything the table page shows about review. Reads only what the table's state can have: nothing before its
	 * first submission, no task once it is decided.
	 */
	ReviewPanel panel(Account account, TargetTable table) {
		long tableId = table.getId();
		boolean submitted = table.getLatestVersion() > 0;
		boolean drafter = account.isLeadOf(table.getUnitId());
		boolean maySubmit = drafter && table.getStatus().isEditable();
		if (!submitted) {
			return new ReviewPanel(List.of(), null, null, false, false, maySubmit, false, null, List.of(), null,
					List.of(), 0);
		}
		List<ReviewEvent> steps = events.findByTableIdOrderById(tableId);
		boolean decided = table.getStatus() == TableStatus.PUBLISHED || table.getStatus() == TableStatus.REJECTED;
		Optional<Task> task = decided ? Optional.empty() : engine.openTask(table);
		Instant now = clock.instant();
		Optional<TaskView> open = task.map(t -> TaskView.of(t, table, tables.unitName(table), now));
		Optional<Stage> stage = task.map(t -> Stage.ofTask(t.getTaskDefinitionKey()));
		boolean mayReview = task.isPresent() && stage.get().isReview() && access.mayAct(account, table, task.get());
		boolean mayPublish = stage.filter(s -> s == Stage.PUBLICATION).isPresent()
				&& ReviewAccess.isPublisher(account);
		boolean mayWithdraw = drafter && task.isPresent() && stage.get().isReview() && task.get().getAssignee() == null
				&& !ReviewAccess.actedSince(steps);
		Integer lastReviewed = lastReviewedBy(account, steps);
		if (table.isAdjusting() && lastReviewed != null && lastReviewed <= table.getApprovedVersion()) {
			lastReviewed = null; // an adjustment's reviewer sees the proposal against the version in force instead
		}
		int latest = table.getLatestVersion();
		var diff = lastReviewed != null && lastReviewed != latest ? tables.diff(table, lastReviewed, latest) : null;
		int closedThrough = closedThrough(steps);
		Map<Boolean, List<CommentView>> byRound = comments.findByTableIdOrderById(tableId).stream()
			.collect(Collectors.partitioningBy(c -> c.getVersionNumber() > closedThrough,
					Collectors.mapping(CommentView::of, Collectors.toList())));
		StepView returned = table.getStatus() == TableStatus.RETURNED ? lastReturn(steps) : null;
		return new ReviewPanel(steps.stream().map(StepView::of).toList(), open.orElse(null), stage.orElse(null),
				mayReview, mayPublish, maySubmit, mayWithdraw, diff, byRound.get(true), returned, byRound.get(false),
				drafter && returned != null ? latest : 0);
	}

	private static StepView lastReturn(List<ReviewEvent> steps) {
		for (int i = steps.size() - 1; i >= 0; i--) {
			if (steps.get(i).getAction() == ReviewAction.RETURN) {
				return StepView.of(steps.get(i));
			}
		}
		return null;
	}

	/** The last version whose round finance closed (approved or rejected): its row comments are history. */
	private static int closedThrough(List<ReviewEvent> steps) {
		int closed = 0;
		for (ReviewEvent step : steps) {
			boolean closes = step.getAction() == ReviewAction.REJECT
					|| step.getAction() == ReviewAction.APPROVE && step.getStage() == Stage.FINANCE_REVIEW;
			if (closes && step.getVersionNumber() != null) {
				closed = Math.max(closed, step.getVersionNumber());
			}
		}
		return closed;
	}

	private static Integer lastReviewedBy(Account account, List<ReviewEvent> steps) {
		Integer last = null;
		for (ReviewEvent step : steps) {
			if (step.getAction().isDecision() && step.getActorId() == account.id()) {
				last = step.getVersionNumber();
			}
		}
		return last;
	}
}
