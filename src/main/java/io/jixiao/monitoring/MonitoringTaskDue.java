package io.jixiao.monitoring;

import io.jixiao.organizations.Role;
import java.time.Instant;

/**
 * The report's process reminded whoever works on its open task (every account with {@code role} in
 * {@code organizationId}, or in any organization when null) that it is due soon, or {@code overdue}.
 *
 * @param step the task's step ({@code fillTask}, {@code deptReviewTask}, {@code financeReviewTask}, {@code rectifyTask})
 */
public record MonitoringTaskDue(long reportId, long tableId, String projectName, String step, Instant due,
		Role role, Long organizationId, boolean overdue) {
}
