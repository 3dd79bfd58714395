package io.jixiao.review;

import java.time.Instant;
import java.util.Optional;

/**
 * The review's deadlines and reminder days, for the later processes to make their tasks due and remind of them alike
 * (monitoring's reviews): {@code APP_DUE_WORKING_DAYS} working days, a daily timer, the day before and when overdue.
 */
public interface TaskDeadlines {

	/** The end of the day a task arriving now is due. */
	Instant dueFromNow();

	/** The daily reminder timer of a process starting now (ISO 8601 repeating interval). */
	String reminderCycle();

	/** What a reminder firing now tells of a task due at {@code due}: nothing, due soon (false) or overdue (true). */
	Optional<Boolean> reminderNow(Instant due);
}
