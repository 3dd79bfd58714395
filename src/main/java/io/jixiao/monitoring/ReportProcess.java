package io.jixiao.monitoring;

import io.jixiao.review.ReadsWithoutTransaction;
import io.jixiao.review.UnitDocument;
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
	static final String RECTIFY = "rectifyTask";
	static final String PROJECT_NAME = "projectName";

	ReportProcess(RuntimeService runtime, TaskService tasks, ReadsWithoutTransaction reads) {
		super(runtime, tasks, reads, PROCESS, "monitoring", "/monitoring/reports/");
	}

	static UnitDocument document(MonitoringReport report) {
		return new UnitDocument(report.getId(), report.getTableId(), report.getProjectName(), report.getUnitId(),
				report.getDepartmentId());
	}

	void start(MonitoringReport report) {
		// the project's name lets a task list show the task without reading the report
		start(report.getId(), Map.of("reportId", report.getId(), "unitId", report.getUnitId(), PROJECT_NAME,
				report.getProjectName() == null ? "" : report.getProjectName()));
	}
}
