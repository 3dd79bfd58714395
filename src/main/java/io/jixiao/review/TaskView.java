package io.jixiao.review;

import io.jixiao.targets.TargetTable;
import java.time.Duration;
import java.time.Instant;
import org.flowable.task.api.Task;

/**
 * An open task as the task lists and the API show it; {@code adjustment} when it is an approved table's adjustment;
 * {@code tableVersion} the table's version (lock counter) as listed, which a bulk approval sends back to refuse a table
 * changed since.
 */
public record TaskView(String taskId, long tableId, int year, String projectName, String unitName, String stage,
		String assignee, Instant created, Instant due, boolean overdue, long ageHours, boolean adjustment,
		long tableVersion) {

	static TaskView of(Task task, TargetTable table, String unitName, Instant now) {
		return of(task.getId(), Stage.ofTask(task.getTaskDefinitionKey()), task.getAssignee(),
				task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
				table, unitName, now);
	}

	static TaskView of(String taskId, Stage stage, String assignee, Instant created, Instant due, TargetTable table,
			String unitName, Instant now) {
		String name = table.getProjectName() == null ? unitName : table.getProjectName();
		return new TaskView(taskId, table.getId(), table.getYear(), name, unitName, stage.name(), assignee, created,
				due, due != null && due.isBefore(now), Duration.between(created, now).toHours(), table.isAdjusting(),
				table.getVersion());
	}
}
