package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.Role;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TableStatus;
import io.jixiao.targets.TargetTable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
		boolean drafter = account.hasRole(Role.LEAD) && account.organizationId() == table.getUnitId();
		boolean maySubmit = drafter && table.getStatus().isEditable();
		if (!submitted) {
			return new ReviewPanel(List.of(), null, null, false, false, maySubmit, false, null, List.of());
		}
		List<ReviewEvent> steps = events.findByTableIdOrderById(tableId);
		boolean decided = table.getStatus() == TableStatus.PUBLISHED || table.getStatus() == TableStatus.REJECTED;
		Optional<Task> task = decided ? Optional.empty() : engine.openTask(tableId);
		Instant now = clock.instant();
		Optional<TaskView> open = task.map(t -> TaskView.of(t, table, tables.unitName(table), now));
		Optional<Stage> stage = task.map(t -> Stage.ofTask(t.getTaskDefinitionKey()));
		boolean mayReview = task.isPresent() && stage.get().isReview() && access.mayAct(account, table, task.get());
		boolean mayPublish = stage.filter(s -> s == Stage.PUBLICATION).isPresent()
				&& ReviewAccess.isPublisher(account);
		boolean mayWithdraw = drafter && task.isPresent() && stage.get().isReview() && task.get().getAssignee() == null
				&& !ReviewAccess.actedSince(steps);
		Integer lastReviewed = lastReviewedBy(account, steps);
		int latest = table.getLatestVersion();
		var diff = lastReviewed != null && lastReviewed != latest ? tables.diff(table, lastReviewed, latest) : null;
		return new ReviewPanel(steps.stream().map(StepView::of).toList(), open.orElse(null), stage.orElse(null),
				mayReview, mayPublish, maySubmit, mayWithdraw, diff,
				comments.findByTableIdOrderById(tableId).stream().map(CommentView::of).toList());
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
