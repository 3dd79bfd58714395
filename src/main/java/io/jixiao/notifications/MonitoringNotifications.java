package io.jixiao.notifications;

import io.jixiao.monitoring.MonitoringTaskDue;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Who is told of a monitoring task that is due soon or overdue: whoever works on it, under the report's table. */
@Component
class MonitoringNotifications {

	private final Notifier notifier;
	private final MessageSource messages;
	private final DateTimeFormatter dateFormat;

	MonitoringNotifications(Notifier notifier, MessageSource messages,
			@Value("${app.time-zone:Asia/Shanghai}") String zone) {
		this.notifier = notifier;
		this.messages = messages;
		this.dateFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of(zone));
	}

	/** The report's own reminder timer: written in the timer job's transaction, so once. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(MonitoringTaskDue e) {
		notifier.tellRole(e.role().name(), e.organizationId(),
				e.overdue() ? NotificationKind.OVERDUE : NotificationKind.DUE_SOON, e.tableId(), e.projectName(),
				stepLabel(e.step()), due(e));
	}

	/** A report's task as the notifications name it: 运行监控（主管部门审核）. */
	String stepLabel(String step) {
		return messages.getMessage("notify.monitoringStep",
				new Object[] { messages.getMessage("monitoring.step." + step, null, Locale.SIMPLIFIED_CHINESE) },
				Locale.SIMPLIFIED_CHINESE);
	}

	String due(MonitoringTaskDue e) {
		return dateFormat.format(e.due());
	}
}
