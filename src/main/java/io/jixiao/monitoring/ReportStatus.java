package io.jixiao.monitoring;

/** Where a monitoring report stands: filled by the unit, reviewed by the department and finance, accepted. */
public enum ReportStatus {
	DRAFT, DEPT_REVIEW, FINANCE_REVIEW, RETURNED, ACCEPTED;

	/** Only a draft or a returned report may be filled by the unit. */
	boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}
}
