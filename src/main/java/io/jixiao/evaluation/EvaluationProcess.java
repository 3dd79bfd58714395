package io.jixiao.evaluation;

import io.jixiao.review.ReadsWithoutTransaction;
import io.jixiao.review.UnitProcess;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.springframework.stereotype.Component;

/** The evaluation's process (processes/self-evaluation.bpmn20.xml): its task ids and how an evaluation starts it. */
@Component
class EvaluationProcess extends UnitProcess {

	static final String PROCESS = "selfEvaluation";
	static final String FILL = "fillTask";

	EvaluationProcess(RuntimeService runtime, TaskService tasks, ReadsWithoutTransaction reads) {
		super(runtime, tasks, reads, PROCESS, "evaluation", "/evaluations/");
	}

	void start(Evaluation evaluation) {
		start(evaluation.getId(), Map.of("evaluationId", evaluation.getId(), "unitId", evaluation.getUnitId()));
	}
}
