package io.jixiao.monitoring;

import io.jixiao.review.TaskDeadlines;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The monitoring BPMN's reminder step ({@code ${monitoringReminders}}), reached daily from the report's timer in the
 * job's own transaction: on the review's reminder days, tells whoever works on the open task (the unit's leads, the
 * department's reviewers, finance) that it is due soon or overdue (an event; the notifications module writes it, and mails it where a mail server is configured).
 */
@Component("monitoringReminders")
class MonitoringReminders implements JavaDelegate {

	private final ReportProcess process;
	private final MonitoringReports reports;
	private final TaskDeadlines deadlines;
	private final ApplicationEventPublisher publisher;

	MonitoringReminders(ReportProcess process, MonitoringReports reports, TaskDeadlines deadlines,
			ApplicationEventPublisher publisher) {
		this.process = process;
		this.reports = reports;
		this.deadlines = deadlines;
		this.publisher = publisher;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long reportId = ((Number) execution.getVariable("reportId")).longValue();
		reports.findById(reportId)
			.flatMap(report -> process.reminderNow(ReportProcess.document(report), deadlines))
			.ifPresent(publisher::publishEvent);
	}
}
