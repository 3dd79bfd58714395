package io.jixiao.review;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one bean the BPMN names ({@code ${reviewTasks}}): gives each new task its due date, a number of working
 * days (Monday to Friday) from its creation, end of that day.
 */
@Component("reviewTasks")
class ReviewTasks implements TaskListener {

	private final Clock clock;
	private final int workingDays;
	private final ZoneId zone;

	ReviewTasks(Clock clock, @Value("${app.review.due-working-days:5}") int workingDays,
			@Value("${app.time-zone:Asia/Shanghai}") String zone) {
		this.clock = clock;
		this.workingDays = workingDays;
		this.zone = ZoneId.of(zone);
	}

	@Override
	public void notify(DelegateTask task) {
		task.setDueDate(Date.from(dueDate(LocalDate.now(clock.withZone(zone))).plusDays(1).atStartOfDay(zone)
			.minusSeconds(1).toInstant()));
	}

	/** The day a task created on {@code day} is due. */
	LocalDate dueDate(LocalDate day) {
		LocalDate due = day;
		int left = workingDays;
		while (left > 0) {
			due = due.plusDays(1);
			if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return due;
	}
}
