package io.jixiao.monitoring;

import io.jixiao.review.TaskDeadlines;
import java.time.ZoneId;
import java.util.Date;
import org.flowable.engine.delegate.TaskListener;
import org.flowable.task.service.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bean the monitoring BPMN names for its dates ({@code ${monitoringTasks}}): the unit's tasks (filling, 整改) are
 * due at the end of the round's due date, the reviews as a review's tasks are (working days from their arrival); the
 * reminder timer runs daily as the review's does.
 */
@Component("monitoringTasks")
class MonitoringTasks implements TaskListener {

	private final MonitoringReports reports;
	private final MonitoringRounds rounds;
	private final TaskDeadlines deadlines;
	private final ZoneId zone;

	MonitoringTasks(MonitoringReports reports, MonitoringRounds rounds, TaskDeadlines deadlines,
			@Value("${app.time-zone:Asia/Shanghai}") String zone) {
		this.reports = reports;
		this.rounds = rounds;
		this.deadlines = deadlines;
		this.zone = ZoneId.of(zone);
	}

	@Override
	public void notify(DelegateTask task) {
		String key = task.getTaskDefinitionKey();
		if (!ReportProcess.FILL.equals(key) && !ReportProcess.RECTIFY.equals(key)) {
			task.setDueDate(Date.from(deadlines.dueFromNow()));
			return;
		}
		long reportId = ((Number) task.getVariable("reportId")).longValue();
		reports.findById(reportId).flatMap(r -> rounds.findById(r.getRoundId())).ifPresent(round -> task.setDueDate(
				Date.from(round.getDueDate().plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant())));
	}

	/** The reminder timer of a report's process starting now ({@code ${monitoringTasks.reminderCycle()}}). */
	public String reminderCycle() {
		return deadlines.reminderCycle();
	}
}
