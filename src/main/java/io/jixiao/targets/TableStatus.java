package io.jixiao.targets;

/** Where a table stands on its way from draft to publication. */
public enum TableStatus {
	DRAFT, DEPT_REVIEW, FINANCE_REVIEW, RETURNED, APPROVED, PUBLISHED, REJECTED;

	/** Only a draft or a returned table may be changed by its drafter. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}
}
