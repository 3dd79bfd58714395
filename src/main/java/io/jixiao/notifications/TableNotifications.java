package io.jixiao.notifications;

import io.jixiao.review.Stage;
import io.jixiao.review.TaskDueReminder;
import io.jixiao.review.TaskReassigned;
import io.jixiao.review.TaskReminded;
import io.jixiao.system.Formats;
import io.jixiao.targets.Disclosure;
import io.jixiao.targets.TableAdjustmentCancelled;
import io.jixiao.targets.TableAdjustmentOpened;
import io.jixiao.targets.TableDecided;
import io.jixiao.targets.TableHandedOver;
import io.jixiao.targets.TablePublished;
import io.jixiao.targets.TableStatus;
import io.jixiao.targets.TableSubmitted;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who is told what on a table's way through review, in the transition's transaction as it commits: the stage's
 * candidates of a new task, the drafter of the outcome, the colleague of a hand-over, the holder or candidates of a
 * reminder, the new holder of a reassigned task.
 */
@Component
class TableNotifications {

	private final Notifier notifier;
	private final MessageSource messages;
	private final Formats formats;

	TableNotifications(Notifier notifier, MessageSource messages, Formats formats) {
		this.notifier = notifier;
		this.messages = messages;
		this.formats = formats;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableSubmitted e) {
		tellCandidates(e.tableId(), e.tableName(), e.status(), e.departmentId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableDecided e) {
		List<Long> drafter = List.of(e.drafterId());
		switch (e.decision()) {
			case APPROVE -> {
				if (e.status() == TableStatus.APPROVED) {
					notifier.tell(drafter, NotificationKind.APPROVED, e.tableId(), e.tableName(), e.grade().label());
				}
				tellCandidates(e.tableId(), e.tableName(), e.status(), null);
			}
			case RETURN -> notifier.tell(drafter, NotificationKind.RETURNED, e.tableId(), e.tableName(), e.comment());
			case REJECT -> notifier.tell(drafter, NotificationKind.REJECTED, e.tableId(), e.tableName(), e.comment());
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableHandedOver e) {
		notifier.tell(List.of(e.toUserId()), NotificationKind.HANDED_OVER, e.tableId(), e.tableName(),
				e.actor().displayName());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TablePublished e) {
		notifier.tell(List.of(e.drafterId()), e.disclosure() == Disclosure.PUBLIC ? NotificationKind.PUBLISHED
				: NotificationKind.WITHHELD, e.tableId(), e.tableName());
	}

	/** Finance, who approved the targets, hears that a unit asks to adjust them (the proposal comes later). */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableAdjustmentOpened e) {
		notifier.tellRole(Stage.FINANCE_REVIEW.role().name(), null, NotificationKind.ADJUSTMENT_OPENED, e.tableId(),
				e.tableName(), e.reason());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableAdjustmentCancelled e) {
		notifier.tellRole(Stage.FINANCE_REVIEW.role().name(), null, NotificationKind.ADJUSTMENT_CANCELLED,
				e.tableId(), e.tableName());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TaskReminded e) {
		notifier.tell(e.told(), NotificationKind.REMINDER, e.tableId(), e.tableName(), stageLabel(e.stage()),
				formats.dateTime(e.due()));
	}

	/** The process's own reminder (a timer on the task): written in the timer job's transaction, so once. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TaskDueReminder e) {
		notifier.tell(e.told(), e.overdue() ? NotificationKind.OVERDUE : NotificationKind.DUE_SOON, e.tableId(),
				e.tableName(), stageLabel(e.stage()), formats.dateTime(e.due()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TaskReassigned e) {
		notifier.tell(List.of(e.toUserId()), NotificationKind.REASSIGNED, e.tableId(), e.tableName(),
				stageLabel(e.stage()));
	}

	/**
	 * Tells who works on the stage the table arrived at: the reviewing department's reviewers, or every finance
	 * reviewer (the group the BPMN offers finance tasks to).
	 */
	private void tellCandidates(long tableId, String tableName, TableStatus arrived, Long departmentId) {
		Stage stage = Stage.of(arrived);
		notifier.tellRole(stage.role().name(), candidateOrganization(stage, departmentId), NotificationKind.NEW_TASK,
				tableId, tableName, stageLabel(stage));
	}

	/** The organization whose accounts of the stage's role are its candidates: the reviewing department, else all. */
	static Long candidateOrganization(Stage stage, Long departmentId) {
		return stage == Stage.DEPT_REVIEW ? departmentId : null;
	}

	String stageLabel(Stage stage) {
		return messages.getMessage("stage." + stage.name(), null, Locale.SIMPLIFIED_CHINESE);
	}
}
