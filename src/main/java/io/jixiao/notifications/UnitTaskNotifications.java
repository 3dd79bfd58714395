package io.jixiao.notifications;

import io.jixiao.review.UnitTask;
import io.jixiao.review.UnitTaskDue;
import io.jixiao.system.Formats;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who is told of a unit document's task (a monitoring report's, a self-evaluation's) that is due soon or overdue:
 * whoever works on it, under the document's table, the step named as its process names it (「绩效自评（主管部门审核）」).
 */
@Component
class UnitTaskNotifications {

	private final Notifier notifier;
	private final MessageSource messages;
	private final Formats formats;

	UnitTaskNotifications(Notifier notifier, MessageSource messages, Formats formats) {
		this.notifier = notifier;
		this.messages = messages;
		this.formats = formats;
	}

	/** The document's own reminder timer: written in the timer job's transaction, so once. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(UnitTaskDue e) {
		UnitTask task = e.task();
		notifier.tellRole(task.role().name(), task.organizationId(),
				e.overdue() ? NotificationKind.OVERDUE : NotificationKind.DUE_SOON, task.tableId(), task.name(),
				stepLabel(task), formats.dateTime(e.due()));
	}

	/** A task as the notifications name it: 运行监控（主管部门审核）, 绩效自评（财政审核）. */
	String stepLabel(UnitTask task) {
		String step = messages.getMessage(task.process() + ".step." + task.step(), null, Locale.SIMPLIFIED_CHINESE);
		return messages.getMessage("notify." + task.process() + "Step", new Object[] { step },
				Locale.SIMPLIFIED_CHINESE);
	}
}
