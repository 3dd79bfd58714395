package io.jixiao.evaluation;

import io.jixiao.review.TaskDeadlines;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The self-evaluation BPMN's reminder step ({@code ${evaluationReminders}}), reached daily from the evaluation's
 * timer in the job's own transaction: on the review's reminder days, tells whoever works on the open task that it is
 * due soon or overdue (an event; the notifications module writes it and mails it where mail is set up).
 */
@Component("evaluationReminders")
class EvaluationReminders implements JavaDelegate {

	private final EvaluationProcess process;
	private final Evaluations evaluations;
	private final EvaluationQueries queries;
	private final TaskDeadlines deadlines;
	private final ApplicationEventPublisher publisher;

	EvaluationReminders(EvaluationProcess process, Evaluations evaluations, EvaluationQueries queries,
			TaskDeadlines deadlines, ApplicationEventPublisher publisher) {
		this.process = process;
		this.evaluations = evaluations;
		this.queries = queries;
		this.deadlines = deadlines;
		this.publisher = publisher;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long evaluationId = ((Number) execution.getVariable("evaluationId")).longValue();
		evaluations.findById(evaluationId)
			.flatMap(e -> process.reminderNow(queries.document(e), deadlines))
			.ifPresent(publisher::publishEvent);
	}
}
