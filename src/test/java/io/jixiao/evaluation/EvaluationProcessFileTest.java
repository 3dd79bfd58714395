package io.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.NoDatabase;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.junit.jupiter.api.Test;

/** The self-evaluation BPMN opens in a modeler (diagram interchange everywhere) and names only the steps Java knows. */
@NoDatabase
class EvaluationProcessFileTest {

	private BpmnModel model() throws Exception {
		try (InputStream in = Files.newInputStream(Path.of("processes/self-evaluation.bpmn20.xml"))) {
			return new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(in), true, false);
		}
	}

	@Test
	void everyNodeAndFlowHasDiagramInterchangeAndAReadableId() throws Exception {
		BpmnModel model = model();
		assertThat(model.getMainProcess().getId()).isEqualTo(EvaluationProcess.PROCESS);
		for (FlowElement element : model.getMainProcess().getFlowElements()) {
			assertThat(element.getId()).doesNotStartWith("sid-").matches("[a-z][A-Za-z]+");
			if (element instanceof FlowNode) {
				assertThat(model.getGraphicInfo(element.getId())).as(element.getId()).isNotNull();
			}
			if (element instanceof SequenceFlow) {
				assertThat(model.getFlowLocationGraphicInfo(element.getId())).as(element.getId()).isNotEmpty();
			}
		}
	}

	@Test
	void userTasksAreTheStepsJavaKnowsAndEachGetsItsDueDateListener() throws Exception {
		Set<UserTask> tasks = model().getMainProcess().getFlowElements().stream()
			.filter(e -> e instanceof UserTask).map(e -> (UserTask) e).collect(Collectors.toSet());
		assertThat(tasks).extracting(UserTask::getId).containsExactlyInAnyOrder(EvaluationProcess.FILL,
				EvaluationProcess.DEPT_REVIEW, EvaluationProcess.FINANCE_REVIEW);
		for (UserTask task : tasks) {
			assertThat(task.getTaskListeners()).extracting(l -> l.getImplementation())
				.containsExactly("${evaluationTasks}");
			assertThat(task.getCandidateGroups()).allMatch(g -> g.startsWith("evaluation-"));
		}
	}
}
