package io.jixiao.evaluation;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * The user's self-evaluation tasks (绩效自评, 待办's section, the API), read without a transaction or any transactional
 * scope: on MySQL a transaction costs three statements besides the queries, and inside a scope (even SUPPORTS) the
 * engine's query would begin one. The evaluations are read only when there are tasks.
 */
@Component
class EvaluationTaskList {

	private final EvaluationProcess process;
	private final Evaluations evaluations;
	private final EvaluationAccess access;
	private final OrganizationDirectory directory;
	private final Clock clock;

	EvaluationTaskList(EvaluationProcess process, Evaluations evaluations, EvaluationAccess access,
			OrganizationDirectory directory, Clock clock) {
		this.process = process;
		this.evaluations = evaluations;
		this.access = access;
		this.directory = directory;
		this.clock = clock;
	}

	/** A self-evaluation task of this user, as the task lists show it. */
	record TaskRow(long evaluationId, String projectName, String step, Instant created, Instant due,
			boolean overdue) {

		/** The evaluation's page, where the shared task table (fragments/tasks) links. */
		public String page() {
			return "/evaluations/" + evaluationId;
		}
	}

	List<TaskRow> tasks(Account account) {
		List<Task> open = process.openTasks(account);
		if (open.isEmpty()) {
			return List.of();
		}
		Map<Long, Evaluation> byId = new LinkedHashMap<>();
		evaluations.findByIdIn(open.stream().map(EvaluationTaskList::evaluationIdOf).toList())
			.forEach(e -> byId.put(e.getId(), e));
		// the units evaluated as a whole are named by the unit: read in one statement, not one per row
		Map<Long, Organization> units = directory.withParents(byId.values().stream()
			.filter(e -> e.getProjectName() == null).map(Evaluation::getUnitId).collect(Collectors.toSet()));
		Instant now = clock.instant();
		List<TaskRow> rows = new ArrayList<>();
		for (Task task : open) {
			Evaluation evaluation = byId.get(evaluationIdOf(task));
			if (evaluation != null && access.maySee(account, evaluation)) {
				Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
				rows.add(new TaskRow(evaluation.getId(),
						EvaluationQueries.name(evaluation, unit -> units.get(unit).getName()), task.getTaskDefinitionKey(),
						task.getCreateTime().toInstant(), due, due != null && due.isBefore(now)));
			}
		}
		return rows;
	}

	private static long evaluationIdOf(Task task) {
		return ((Number) task.getProcessVariables().get("evaluationId")).longValue();
	}
}
