package io.jixiao.monitoring;

import io.jixiao.organizations.Role;
import io.jixiao.review.ReadsWithoutTransaction;
import io.jixiao.review.UnitProcess;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.springframework.stereotype.Component;

/** The report's process (processes/monitoring-report.bpmn20.xml): its task ids and how a report starts it. */
@Component
class ReportProcess extends UnitProcess {

	static final String PROCESS = "monitoringReport";
	static final String FILL = "fillTask";
	static final String DEPT_REVIEW = "deptReviewTask";
	static final String FINANCE_REVIEW = "financeReviewTask";
	static final String RECTIFY = "rectifyTask";
	static final String PROJECT_NAME = "projectName";

	ReportProcess(RuntimeService runtime, TaskService tasks, ReadsWithoutTransaction reads) {
		super(runtime, tasks, reads, PROCESS, "monitoring");
	}

	/** Who works on a task of the report at {@code step}: its role, in the organization the task is offered in. */
	static MonitoringTaskArrived holders(MonitoringReport report, String step) {
		Role role = switch (step) {
			case DEPT_REVIEW -> Role.DEPT_REVIEWER;
			case FINANCE_REVIEW -> Role.FINANCE_REVIEWER;
			default -> Role.LEAD;
		};
		Long organization = switch (role) {
			case DEPT_REVIEWER -> report.getDepartmentId();
			case FINANCE_REVIEWER -> null;
			default -> report.getUnitId();
		};
		return new MonitoringTaskArrived(report.getId(), report.getTableId(), report.getProjectName(), step, role,
				organization);
	}

	void start(MonitoringReport report) {
		// the project's name lets a task list show the task without reading the report
		start(report.getId(), Map.of("reportId", report.getId(), "unitId", report.getUnitId(), PROJECT_NAME,
				report.getProjectName() == null ? "" : report.getProjectName()));
	}
}
