package io.jixiao.monitoring;

import io.jixiao.monitoring.MonitoringQueries.TaskRow;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * The user's monitoring tasks (运行监控, 待办's section, the API), read without a transaction: on MySQL one costs three
 * statements besides the query, and inside a transactional scope the engine's query would take a second connection.
 */
@Component
class MonitoringTaskList {

	private final ReportProcess process;
	private final MonitoringReports reports;
	private final OrganizationDirectory directory;
	private final Clock clock;

	MonitoringTaskList(ReportProcess process, MonitoringReports reports, OrganizationDirectory directory, Clock clock) {
		this.process = process;
		this.reports = reports;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * The user's monitoring tasks from one statement: the candidate groups are the user's own organization's (see
	 * {@link ReportProcess#groups}), so every task offered is of a report the user may see, and the process carries the
	 * project's name. Processes started before it did have their reports read (one statement more).
	 */
	List<TaskRow> tasks(Account account) {
		List<Task> open = process.openTasks(account);
		Map<Long, String> names = new HashMap<>();
		List<Long> unnamed = open.stream().filter(t -> !t.getProcessVariables().containsKey(ReportProcess.PROJECT_NAME))
			.map(MonitoringTaskList::reportIdOf).toList();
		if (!unnamed.isEmpty()) {
			reports.findByIdIn(unnamed).forEach(r -> names.put(r.getId(), r.getProjectName()));
		}
		// a unit's overall table has no project name: it is named by the unit, read in one statement for all of them
		Map<Long, Organization> units = directory.withParents(open.stream()
			.filter(t -> isBlank(nameOf(t, names)))
			.map(t -> ((Number) t.getProcessVariables().get("unitId")).longValue())
			.collect(Collectors.toSet()));
		Instant now = clock.instant();
		List<TaskRow> rows = new ArrayList<>();
		for (Task task : open) {
			String name = nameOf(task, names);
			if (isBlank(name)) {
				name = units.get(((Number) task.getProcessVariables().get("unitId")).longValue()).getName();
			}
			Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
			rows.add(new TaskRow(reportIdOf(task), name, task.getTaskDefinitionKey(), task.getCreateTime().toInstant(),
					due, due != null && due.isBefore(now)));
		}
		return rows;
	}

	private static String nameOf(Task task, Map<Long, String> names) {
		Object name = task.getProcessVariables().getOrDefault(ReportProcess.PROJECT_NAME, names.get(reportIdOf(task)));
		return name == null ? null : name.toString();
	}

	private static boolean isBlank(String name) {
		return name == null || name.isEmpty();
	}

	private static long reportIdOf(Task task) {
		return ((Number) task.getProcessVariables().get("reportId")).longValue();
	}
}
