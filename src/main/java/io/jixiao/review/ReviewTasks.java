package io.jixiao.review;

import java.time.Clock;
import java.time.Instant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationDirectory;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bean the BPMN names ({@code ${reviewTasks}}): gives each new task its due date, a number of working days
 * (Monday to Friday) from its creation, end of that day; the days of its reminders; and the finance task's group.
 */
@Component("reviewTasks")
class ReviewTasks implements TaskListener, TaskDeadlines {

	/** Reminders arrive at the start of an office day. */
	static final LocalTime REMIND_AT = LocalTime.of(9, 0);

	/** The transient variable naming the finance task's group (ReviewCommands passes it). */
	static final String FINANCE_GROUP = "financeGroup";

	private final OrganizationDirectory directory;
	private final Clock clock;
	private final int workingDays;
	private final ZoneId zone;
	private final int overdueEvery;

	ReviewTasks(OrganizationDirectory directory, Clock clock,
			@Value("${app.review.due-working-days:5}") int workingDays,
			@Value("${app.time-zone:Asia/Shanghai}") String zone,
			@Value("${app.review.overdue-reminder-every:3}") int overdueEvery) {
		this.directory = directory;
		this.clock = clock;
		this.workingDays = workingDays;
		this.zone = ZoneId.of(zone);
		this.overdueEvery = Math.max(1, overdueEvery);
	}

	/**
	 * The group a finance task is offered to: the one the transition into 财政审核 passed (transient), else (a path
	 * that passed none, such as the data generator's) the section managing the unit's department, read now.
	 */
	public String financeGroup(DelegateExecution execution) {
		Object passed = execution.getVariable(FINANCE_GROUP);
		if (passed != null) {
			return passed.toString();
		}
		// a unit that is gone (or none) leaves the task with the whole bureau
		long unitId = ((Number) execution.getVariable("unitId")).longValue();
		Organization unit = directory.withParents(List.of(unitId)).get(unitId);
		Organization department = unit == null ? null : unit.department();
		String group = ReviewAccess.financeGroup(department == null ? null : department.getSectionId());
		// the BPMN asks twice (candidate group and category): read once
		execution.setTransientVariable(FINANCE_GROUP, group);
		return group;
	}

	ZoneId zone() {
		return zone;
	}

	@Override
	public void notify(DelegateTask task) {
		task.setDueDate(Date.from(dueFromNow()));
	}

	@Override
	public Instant dueFromNow() {
		return dueDate(today()).plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant();
	}

	@Override
	public Optional<Boolean> reminderNow(Instant due) {
		return reminderOn(LocalDate.ofInstant(due, zone), today());
	}

	/**
	 * The reminder timer of a review starting now (ISO 8601 repeating interval): daily at the reminder hour from the
	 * next day; {@link #reminderOn} says which days remind of the task then open.
	 */
	@Override
	public String reminderCycle() {
		return "R/" + at(today().plusDays(1)).toInstant() + "/P1D";
	}

	/** What a timer firing on {@code today} tells of a task due on {@code dueDay}, if anything. */
	Optional<Boolean> reminderOn(LocalDate dueDay, LocalDate today) {
		if (today.equals(dayBefore(dueDay))) {
			return Optional.of(false);
		}
		if (!today.isAfter(dueDay) || isWeekend(today)) {
			return Optional.empty();
		}
		// the first working day after the due day, then every few working days
		int late = 0;
		for (LocalDate day = dueDay.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
			late += isWeekend(day) ? 0 : 1;
		}
		return (late - 1) % overdueEvery == 0 ? Optional.of(true) : Optional.empty();
	}

	private static LocalDate dayBefore(LocalDate due) {
		LocalDate before = due.minusDays(1);
		while (isWeekend(before)) {
			before = before.minusDays(1);
		}
		return before;
	}

	private static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	private Date at(LocalDate day) {
		return Date.from(day.atTime(REMIND_AT).atZone(zone).toInstant());
	}

	/** The day a task created on {@code day} is due. */
	LocalDate dueDate(LocalDate day) {
		LocalDate due = day;
		int left = workingDays;
		while (left > 0) {
			due = due.plusDays(1);
			if (!isWeekend(due)) {
				left--;
			}
		}
		return due;
	}
}
