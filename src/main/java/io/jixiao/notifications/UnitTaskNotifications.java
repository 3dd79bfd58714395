package io.jixiao.notifications;

import io.jixiao.review.UnitTaskDue;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who is told of a unit document's task (a self-evaluation's) that is due soon or overdue: whoever works on it, under
 * the document's table, the step named as its process names it (「绩效自评（主管部门审核）」).
 */
@Component
class UnitTaskNotifications {

	private final Notifier notifier;
	private final MessageSource messages;
	private final DateTimeFormatter dateFormat;

	UnitTaskNotifications(Notifier notifier, MessageSource messages,
			@Value("${app.time-zone:Asia/Shanghai}") String zone) {
		this.notifier = notifier;
		this.messages = messages;
		this.dateFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of(zone));
	}

	/** The document's own reminder timer: written in the timer job's transaction, so once. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(UnitTaskDue e) {
		String stepName = messages.getMessage(e.process() + ".step." + e.step(), null, Locale.SIMPLIFIED_CHINESE);
		String step = messages.getMessage("notify." + e.process() + "Step", new Object[] { stepName },
				Locale.SIMPLIFIED_CHINESE);
		notifier.tellRole(e.role().name(), e.organizationId(),
				e.overdue() ? NotificationKind.OVERDUE : NotificationKind.DUE_SOON, e.tableId(), e.name(), step,
				dateFormat.format(e.due()));
	}
}
