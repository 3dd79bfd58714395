package io.jixiao.review;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.image.ProcessDiagramGenerator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Renders the review process as PNG with the table's current step (or the end it reached) marked. */
@Component
class ProcessDiagram {

	private final RepositoryService repository;
	private final RuntimeService runtime;
	private final HistoryService history;
	private final ProcessEngineConfiguration engine;
	private final String font;

	ProcessDiagram(RepositoryService repository, RuntimeService runtime, HistoryService history,
			ProcessEngineConfiguration engine, @Value("${app.diagram-font:Noto Sans CJK SC}") String font) {
		this.repository = repository;
		this.runtime = runtime;
		this.history = history;
		this.engine = engine;
		this.font = font;
	}

	byte[] render(long tableId) throws IOException {
		HistoricProcessInstance latest = history.createHistoricProcessInstanceQuery()
			.processDefinitionKeyIn(Stage.KEYS)
			.processInstanceBusinessKey(String.valueOf(tableId))
			.orderByProcessInstanceStartTime().desc()
			.listPage(0, 1).stream().findFirst().orElse(null);
		String definitionId = latest != null ? latest.getProcessDefinitionId()
				: repository.createProcessDefinitionQuery().processDefinitionKey(Stage.PROCESS).latestVersion()
					.singleResult().getId();
		List<String> marked = latest == null ? List.of() : marked(latest);
		BpmnModel model = repository.getBpmnModel(definitionId);
		ProcessDiagramGenerator generator = engine.getProcessDiagramGenerator();
		try (InputStream png = generator.generateDiagram(model, "png", marked, List.of(), font, font, font, null, 1.0,
				true)) {
			return png.readAllBytes();
		}
	}

	private List<String> marked(HistoricProcessInstance instance) {
		if (instance.getEndTime() == null) {
			return runtime.getActiveActivityIds(instance.getId());
		}
		return history.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.activityType("endEvent")
			.list().stream().map(HistoricActivityInstance::getActivityId).toList();
	}
}
