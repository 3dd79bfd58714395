package io.jixiao.review;

import io.jixiao.organizations.Actor;
import io.jixiao.targets.TableAdjustmentCancelled;
import io.jixiao.targets.TableAdjustmentOpened;
import io.jixiao.targets.TableDecided;
import io.jixiao.targets.TableHandedOver;
import io.jixiao.targets.TablePublished;
import io.jixiao.targets.TableStatus;
import io.jixiao.targets.TableSubmitted;
import io.jixiao.targets.TableWithdrawn;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes each step of a table's review to its timeline (review_events), counts it for the metrics and logs it, as
 * the transition's transaction commits: a transition rolled back leaves no step.
 */
@Component
class ReviewTimeline {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReviewTimeline.class);

	private final ReviewEvents events;
	private final ReviewMetrics metrics;
	private final Clock clock;

	ReviewTimeline(ReviewEvents events, ReviewMetrics metrics, Clock clock) {
		this.events = events;
		this.metrics = metrics;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableSubmitted e) {
		step(e.tableId(), e.version(), Stage.of(e.status()), ReviewAction.SUBMIT, null, null, null, e.actor(), null,
				null, e.status());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableWithdrawn e) {
		step(e.tableId(), e.version(), Stage.of(e.stage()), ReviewAction.WITHDRAW, null, null, null, e.actor(), null,
				null, e.status());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableDecided e) {
		step(e.tableId(), e.version(), Stage.of(e.stage()), ReviewAction.of(e.decision()),
				e.grade() == null ? null : e.grade().label(), null, e.comment(), e.actor(), null, null, e.status());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableHandedOver e) {
		step(e.tableId(), e.version(), Stage.of(e.status()), ReviewAction.HANDOVER, null, null, null, e.actor(),
				e.toUserId(), e.toName(), e.status());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TablePublished e) {
		step(e.tableId(), e.version(), Stage.PUBLICATION, ReviewAction.PUBLISH, null, e.disclosure().name(),
				e.reason(), e.actor(), null, null, e.status());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableAdjustmentOpened e) {
		// no stage yet: the proposal is drafted before it enters the review's stages
		step(e.tableId(), e.versionInForce(), null, ReviewAction.ADJUST, null, null, e.reason(), e.actor(),
				null, null, TableStatus.ADJUSTING);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableAdjustmentCancelled e) {
		step(e.tableId(), e.version(), Stage.of(e.stage()), ReviewAction.CANCEL_ADJUSTMENT, null, null, null,
				e.actor(), null, null, e.status());
	}

	private void step(long tableId, int version, Stage stage, ReviewAction action, String grade, String disclosure,
			String comment, Actor actor, Long targetId, String targetName, TableStatus now) {
		events.save(new ReviewEvent(tableId, version, stage, action, grade, disclosure, comment, actor.id(),
				actor.displayName(), targetId, targetName, clock.instant()));
		metrics.counted(action, stage, grade != null ? grade : disclosure);
		log.info("table {} {} at {} by {} (now {})", tableId, action, stage, actor.username(), now);
	}
}
