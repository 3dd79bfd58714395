package io.jixiao.monitoring;

import io.jixiao.organizations.Role;
import io.jixiao.review.TaskDeadlines;
import java.time.Instant;
import java.util.Optional;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The monitoring BPMN's reminder step ({@code ${monitoringReminders}}), reached daily from the report's timer in the
 * job's own transaction: on the review's reminder days, tells whoever works on the open task (the unit's leads, the
 * department's reviewers, finance) that it is due soon or overdue (an event; the notifications module writes it).
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
		Task task = process.openTask(reportId).orElse(null);
		if (task == null || task.getDueDate() == null) {
			return;
		}
		Instant due = task.getDueDate().toInstant();
		Optional<Boolean> overdue = deadlines.reminderNow(due);
		if (overdue.isEmpty()) {
			return;
		}
		MonitoringReport report = reports.findById(reportId).orElseThrow();
		String step = task.getTaskDefinitionKey();
		Role role = switch (step) {
			case ReportProcess.DEPT_REVIEW -> Role.DEPT_REVIEWER;
			case ReportProcess.FINANCE_REVIEW -> Role.FINANCE_REVIEWER;
			default -> Role.LEAD;
		};
		Long organization = switch (role) {
			case DEPT_REVIEWER -> report.getDepartmentId();
			case FINANCE_REVIEWER -> null;
			default -> report.getUnitId();
		};
		publisher.publishEvent(new MonitoringTaskDue(reportId, report.getTableId(), report.getProjectName(), step, due,
				role, organization, overdue.get()));
	}
}
