package io.jixiao.monitoring;

import io.jixiao.organizations.Account;
import io.jixiao.review.EngineQueries;
import io.jixiao.review.ReadsWithoutTransaction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.common.engine.impl.query.AbstractQuery;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The report's process (processes/monitoring-report.bpmn20.xml) seen from Java: start, the open task, completion
 * and a user's open tasks. Its groups carry a prefix of their own, so that the review's task lists never see them.
 */
@Component
class ReportProcess {

	static final String PROCESS = "monitoringReport";
	static final String FILL = "fillTask";
	static final String DEPT_REVIEW = "deptReviewTask";
	static final String FINANCE_REVIEW = "financeReviewTask";
	static final String RECTIFY = "rectifyTask";
	static final String PROJECT_NAME = "projectName";

	private final RuntimeService runtime;
	private final TaskService tasks;
	private final ReadsWithoutTransaction reads;

	ReportProcess(RuntimeService runtime, TaskService tasks, ReadsWithoutTransaction reads) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.reads = reads;
	}

	void start(MonitoringReport report) {
		runtime.createProcessInstanceBuilder()
			.processDefinitionKey(PROCESS)
			.businessKey(String.valueOf(report.getId()))
			// the project's name lets a task list show the task without reading the report
			.variables(Map.of("reportId", report.getId(), "unitId", report.getUnitId(), PROJECT_NAME,
					report.getProjectName() == null ? "" : report.getProjectName()))
			.start();
	}

	Optional<Task> openTask(long reportId) {
		return Optional.ofNullable(tasks.createNativeTaskQuery()
			.sql(EngineQueries.OPEN_TASK_SQL)
			.parameter("businessKey", String.valueOf(reportId))
			.parameter("processKey", PROCESS)
			.singleResult());
	}

	/** Completes a task; the route or decision only chooses the way out, so it is transient. */
	void complete(Task task, Account account, Map<String, Object> route) {
		tasks.complete(task.getId(), String.valueOf(account.id()), null, route);
	}

	/** The monitoring tasks offered to this user's group, oldest first (their report ids as business keys). */
	List<Task> openTasks(Account account) {
		List<String> groups = groups(account);
		if (groups.isEmpty()) {
			return List.of();
		}
		TaskQuery query = tasks.createTaskQuery();
		((AbstractQuery<?, ?>) query).setCommandExecutor(reads);
		return query.processDefinitionKey(PROCESS).taskCandidateGroupIn(groups).includeProcessVariables()
			.orderByTaskCreateTime().asc().list();
	}

	static List<String> groups(Account account) {
		return switch (account.role()) {
			case LEAD -> List.of("monitoring-unit-" + account.organizationId());
			case DEPT_REVIEWER -> List.of("monitoring-dept-" + account.organizationId());
			case FINANCE_REVIEWER -> List.of("monitoring-finance");
			case ADMIN -> List.of();
		};
	}
}
