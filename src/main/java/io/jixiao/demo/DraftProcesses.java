package io.jixiao.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

/**
 * The running review processes of generated tables: each table still in review gets its process, driven through
 * the real BPMN to the task its status waits at. Decided tables (published, rejected) and drafts get none, as after
 * a real review.
 */
final class DraftProcesses {

	private final RuntimeService runtime;

	private final TaskService taskService;

	private final ManagementService management;

	DraftProcesses(RuntimeService runtime, TaskService taskService, ManagementService management) {
		this.runtime = runtime;
		this.taskService = taskService;
		this.management = management;
	}

	/**
	 * Starts the review process of each table still in review and moves it on to the task its status waits at.
	 * All starts run in one engine command, and all decisions in another, so the engine writes its rows in bulk.
	 */
	int start(String definition, List<Draft> drafts) {
		Map<String, String> decisions = new HashMap<>();
		int[] started = { 0 };
		management.executeCommand(context -> {
			for (Draft d : drafts) {
				String decision = switch (d.status) {
					case "DEPT_REVIEW", "FINANCE_REVIEW" -> "";
					case "RETURNED" -> "RETURN";
					case "APPROVED" -> "APPROVE";
					default -> null;
				};
				if (decision == null) {
					continue;
				}
				Map<String, Object> route = new HashMap<>();
				route.put("deptReview", d.status.equals("DEPT_REVIEW"));
				route.put("departmentId", d.unit.departmentId() == null ? 0L : d.unit.departmentId());
				String instance = runtime.createProcessInstanceBuilder()
					.processDefinitionId(definition)
					.businessKey(String.valueOf(d.id))
					.variables(Map.of("tableId", d.id, "unitId", d.unit.id()))
					.transientVariables(route)
					.start()
					.getId();
				started[0]++;
				if (!decision.isEmpty()) {
					decisions.put(instance, decision);
				}
			}
			return null;
		});
		if (!decisions.isEmpty()) {
			List<Task> waiting = taskService.createTaskQuery().processInstanceIdIn(decisions.keySet()).list();
			management.executeCommand(context -> {
				waiting.forEach(task -> taskService.complete(task.getId(), null, null,
						Map.of("decision", decisions.get(task.getProcessInstanceId()))));
				return null;
			});
		}
		return started[0];
	}
}
