package io.jixiao.evaluation;

import java.time.ZoneId;
import java.util.Date;
import org.flowable.engine.delegate.TaskListener;
import org.flowable.task.service.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one bean the self-evaluation BPMN names ({@code ${evaluationTasks}}): the unit's filling is due at the end of
 * the round's due date; reviews carry no date of their own.
 */
@Component("evaluationTasks")
class EvaluationTasks implements TaskListener {

	private final Evaluations evaluations;
	private final EvaluationRounds rounds;
	private final ZoneId zone;

	EvaluationTasks(Evaluations evaluations, EvaluationRounds rounds,
			@Value("${app.time-zone:Asia/Shanghai}") String zone) {
		this.evaluations = evaluations;
		this.rounds = rounds;
		this.zone = ZoneId.of(zone);
	}

	@Override
	public void notify(DelegateTask task) {
		if (!EvaluationProcess.FILL.equals(task.getTaskDefinitionKey())) {
			return;
		}
		long evaluationId = ((Number) task.getVariable("evaluationId")).longValue();
		evaluations.findById(evaluationId).flatMap(e -> rounds.findById(e.getRoundId())).ifPresent(round -> task
			.setDueDate(Date.from(round.getDueDate().plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant())));
	}
}
