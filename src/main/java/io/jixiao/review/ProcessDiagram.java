package io.jixiao.review;

import io.jixiao.targets.TargetTable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.image.ProcessDiagramGenerator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders a table's review (or adjustment) process as PNG with its current step marked, or the end it reached. The
 * engine keeps no history: an ended process's end is read from the product's own review events.
 */
@Component
class ProcessDiagram {

	private final RepositoryService repository;
	private final RuntimeService runtime;
	private final ProcessDefinitions definitions;
	private final ReviewEvents events;
	private final ProcessEngineConfiguration engine;
	private final String font;

	ProcessDiagram(RepositoryService repository, RuntimeService runtime, ProcessDefinitions definitions,
			ReviewEvents events, ProcessEngineConfiguration engine,
			@Value("${app.diagram-font:Noto Sans CJK SC}") String font) {
		this.repository = repository;
		this.runtime = runtime;
		this.definitions = definitions;
		this.events = events;
		this.engine = engine;
		this.font = font;
	}

	/** The definition a table's diagram shows and the steps it marks. */
	record Marked(String definitionId, List<String> activityIds) {
	}

	Marked marked(TargetTable table) {
		String key = Stage.processOf(table);
		ProcessInstance running = runtime.createProcessInstanceQuery().processDefinitionKey(key)
			.processInstanceBusinessKey(String.valueOf(table.getId())).singleResult();
		return running != null ? new Marked(running.getProcessDefinitionId(), runtime.getActiveActivityIds(running.getId()))
				: new Marked(definitions.latestId(key), endReached(table.getId(), key));
	}

	byte[] render(TargetTable table) throws IOException {
		Marked marked = marked(table);
		BpmnModel model = repository.getBpmnModel(marked.definitionId());
		ProcessDiagramGenerator generator = engine.getProcessDiagramGenerator();
		try (InputStream png = generator.generateDiagram(model, "png", marked.activityIds(), List.of(), font, font,
				font, null, 1.0, true)) {
			return png.readAllBytes();
		}
	}

	/** The end event of the table's last ended process: its last decisive step (none when withdrawn or cancelled). */
	private List<String> endReached(long tableId, String key) {
		List<ReviewEvent> story = events.findByTableIdOrderById(tableId);
		for (int i = story.size() - 1; i >= 0; i--) {
			switch (story.get(i).getAction()) {
				case PUBLISH:
					return List.of("publicationDecided");
				case REJECT:
					return List.of(Stage.PROCESS.equals(key) ? "rejectedEnd" : "refusedEnd");
				case SUBMIT, WITHDRAW, ADJUST, CANCEL_ADJUSTMENT:
					return List.of();
				default:
					break;
			}
		}
		return List.of();
	}
}
