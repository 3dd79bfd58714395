package io.jixiao.review;

import io.jixiao.organizations.Role;
import java.time.Instant;

/**
 * A unit document's process (a monitoring report's, a self-evaluation's) reminded whoever works on its open task
 * (every account with {@code role} in {@code organizationId}, or in any organization when null) that it is due soon,
 * or {@code overdue}; written under the document's table.
 *
 * @param process the process's group prefix ({@code monitoring}, {@code evaluation}): names the step in messages
 * @param step the task's step ({@code fillTask}, {@code deptReviewTask}, {@code financeReviewTask} ...)
 */
public record UnitTaskDue(long tableId, String name, String process, String step, Instant due, Role role,
		Long organizationId, boolean overdue) {
}
