package io.jixiao.review;

import io.jixiao.organizations.Role;

/**
 * A unit document's task as the notifications name it: every account with {@code role} in {@code organizationId}
 * (in any organization when null) works on it, and {@code page} is the document's page in the product.
 *
 * @param process the process's group prefix ({@code monitoring}, {@code evaluation}): names the step in messages
 * @param step the task's step ({@code fillTask}, {@code deptReviewTask}, {@code financeReviewTask} ...)
 */
public record UnitTask(long tableId, String name, String process, String step, String page, Role role,
		Long organizationId) {
}
