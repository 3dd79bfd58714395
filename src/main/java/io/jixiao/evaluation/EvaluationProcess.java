package io.jixiao.evaluation;

import io.jixiao.organizations.Account;
import io.jixiao.review.EngineQueries;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * The evaluation's process (processes/self-evaluation.bpmn20.xml) seen from Java: start, the open task, completion
 * and a user's open tasks. Its groups carry a prefix of their own, so that no other task list sees them.
 */
@Component
class EvaluationProcess {

	static final String PROCESS = "selfEvaluation";
	static final String FILL = "fillTask";
	static final String DEPT_REVIEW = "deptReviewTask";
	static final String FINANCE_REVIEW = "financeReviewTask";

	private final RuntimeService runtime;
	private final TaskService tasks;

	EvaluationProcess(RuntimeService runtime, TaskService tasks) {
		this.runtime = runtime;
		this.tasks = tasks;
	}

	void start(Evaluation evaluation) {
		runtime.createProcessInstanceBuilder()
			.processDefinitionKey(PROCESS)
			.businessKey(String.valueOf(evaluation.getId()))
			.variables(Map.of("evaluationId", evaluation.getId(), "unitId", evaluation.getUnitId()))
			.start();
	}

	Optional<Task> openTask(long evaluationId) {
		return Optional.ofNullable(tasks.createNativeTaskQuery()
			.sql(EngineQueries.OPEN_TASK_SQL)
			.parameter("businessKey", String.valueOf(evaluationId))
			.parameter("processKey", PROCESS)
			.singleResult());
	}

	/** Completes a task; the route or decision only chooses the way out, so it is transient. */
	void complete(Task task, Account account, Map<String, Object> route) {
		tasks.complete(task.getId(), String.valueOf(account.id()), null, route);
	}

	/** The evaluation tasks offered to this user's group, oldest first (their evaluation ids as variables). */
	List<Task> openTasks(Account account) {
		List<String> groups = groups(account);
		if (groups.isEmpty()) {
			return List.of();
		}
		return tasks.createTaskQuery().processDefinitionKey(PROCESS).taskCandidateGroupIn(groups)
			.includeProcessVariables().orderByTaskCreateTime().asc().list();
	}

	static List<String> groups(Account account) {
		return switch (account.role()) {
			case LEAD -> List.of("evaluation-unit-" + account.organizationId());
			case DEPT_REVIEWER -> List.of("evaluation-dept-" + account.organizationId());
			case FINANCE_REVIEWER -> List.of("evaluation-finance");
			case ADMIN -> List.of();
		};
	}
}
