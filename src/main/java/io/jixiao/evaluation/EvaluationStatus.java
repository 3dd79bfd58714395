package io.jixiao.evaluation;

/** Where a self-evaluation stands: filled by the unit, reviewed by the department and finance, accepted. */
public enum EvaluationStatus {
	DRAFT, DEPT_REVIEW, FINANCE_REVIEW, RETURNED, ACCEPTED;

	/** Only a draft or a returned evaluation may be filled by the unit. */
	boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}
}
