package io.jixiao.monitoring;

import io.jixiao.organizations.Role;

/**
 * A report arrived at a task of its process: every account with {@code role} in {@code organizationId} (in any
 * organization when null) may now work on it.
 *
 * @param step the task's step ({@code fillTask}, {@code deptReviewTask}, {@code financeReviewTask}, {@code rectifyTask})
 */
public record MonitoringTaskArrived(long reportId, long tableId, String projectName, String step, Role role,
		Long organizationId) {
}
