package io.jixiao.evaluation;

import io.jixiao.review.TaskDeadlines;
import java.time.ZoneId;
import java.util.Date;
import org.flowable.engine.delegate.TaskListener;
import org.flowable.task.service.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bean the self-evaluation BPMN names for its dates ({@code ${evaluationTasks}}): the unit's filling is due at
 * the end of the round's due date, the reviews as a review's tasks are (working days from their arrival); the
 * reminder timer runs daily as the review's does.
 */
@Component("evaluationTasks")
class EvaluationTasks implements TaskListener {

	private final Evaluations evaluations;
	private final EvaluationRounds rounds;
	private final TaskDeadlines deadlines;
	private final ZoneId zone;

	EvaluationTasks(Evaluations evaluations, EvaluationRounds rounds, TaskDeadlines deadlines,
			@Value("${app.time-zone:Asia/Shanghai}") String zone) {
		this.evaluations = evaluations;
		this.rounds = rounds;
		this.deadlines = deadlines;
		this.zone = ZoneId.of(zone);
	}

	@Override
	public void notify(DelegateTask task) {
		if (!EvaluationProcess.FILL.equals(task.getTaskDefinitionKey())) {
			task.setDueDate(Date.from(deadlines.dueFromNow()));
			return;
		}
		long evaluationId = ((Number) task.getVariable("evaluationId")).longValue();
		evaluations.findById(evaluationId).flatMap(e -> rounds.findById(e.getRoundId())).ifPresent(round -> task
			.setDueDate(Date.from(round.getDueDate().plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant())));
	}

	/** The reminder timer of an evaluation's process starting now ({@code ${evaluationTasks.reminderCycle()}}). */
	public String reminderCycle() {
		return deadlines.reminderCycle();
	}
}
