package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.NoDatabase;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The BPMN files (the review and the adjustment) open in a modeler (every node and flow has diagram interchange) and
 * name only known tasks.
 */
@NoDatabase
class ReviewProcessFileTest {

	private BpmnModel model(String file) throws Exception {
		try (InputStream in = Files.newInputStream(Path.of("processes", file))) {
			return new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(in), true, false);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "target-review.bpmn20.xml", "target-adjustment.bpmn20.xml" })
	void everyNodeAndFlowHasDiagramInterchange(String file) throws Exception {
		BpmnModel model = model(file);
		for (FlowElement element : model.getMainProcess().getFlowElements()) {
			if (element instanceof FlowNode) {
				assertThat(model.getGraphicInfo(element.getId())).as(element.getId()).isNotNull();
			}
			if (element instanceof SequenceFlow) {
				assertThat(model.getFlowLocationGraphicInfo(element.getId())).as(element.getId()).isNotEmpty();
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "target-review.bpmn20.xml", "target-adjustment.bpmn20.xml" })
	void userTasksAreTheStagesJavaKnows(String file) throws Exception {
		Set<String> tasks = model(file).getMainProcess().getFlowElements().stream()
			.filter(e -> e instanceof org.flowable.bpmn.model.UserTask)
			.map(FlowElement::getId).collect(Collectors.toSet());
		assertThat(tasks).containsExactlyInAnyOrder(
				java.util.Arrays.stream(Stage.values()).map(Stage::taskKey).toArray(String[]::new));
	}

	@Test
	void dueDateSkipsTheWeekend() {
		ReviewTasks tasks = new ReviewTasks(null, Clock.system(ZoneOffset.UTC), 5, "Asia/Shanghai", 3);
		// Friday 2026-11-20 + 5 working days = Friday 2026-11-27
		assertThat(tasks.dueDate(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 11, 27));
		// Wednesday + 5 working days = next Wednesday
		assertThat(tasks.dueDate(LocalDate.of(2026, 11, 18))).isEqualTo(LocalDate.of(2026, 11, 25));
		// Saturday: Monday is the first working day
		assertThat(tasks.dueDate(LocalDate.of(2026, 11, 21))).isEqualTo(LocalDate.of(2026, 11, 27));
	}
}
