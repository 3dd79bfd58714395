package io.jixiao.targets;

/** Where a table stands on its way from draft to publication. */
public enum TableStatus {
	DRAFT, DEPT_REVIEW, FINANCE_REVIEW, RETURNED, APPROVED, PUBLISHED, REJECTED,
	/** An adjustment's proposal being edited by the unit; the approved version stays in force meanwhile. */
	ADJUSTING;

	/** Only a draft, a returned table or an adjustment's proposal may be changed by its drafter. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED || this == ADJUSTING;
	}
}
