package io.jixiao.evaluation;

import io.jixiao.organizations.Actor;

/**
 * A state change of a self-evaluation, recorded by the audit trail under the evaluation's table.
 *
 * @param status the evaluation's status after it
 * @param text the comment the step carried, if any
 * @param score the total after it: the unit's on a submission, the reviewer's on a re-score (抽评); else null
 */
public record EvaluationStep(long evaluationId, long tableId, long roundId, Step step, EvaluationStatus status,
		String text, java.math.BigDecimal score, Actor actor) {

	/** The steps of an evaluation's life. */
	public enum Step {
		OPEN, UPDATE, SUBMIT, APPROVE, RETURN, RESCORE, EVIDENCE_ADD, EVIDENCE_DELETE
	}
}
