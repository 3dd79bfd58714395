package io.jixiao.review;

import io.jixiao.targets.Decision;

/** What happened on a table's way through review; the UI shows the Chinese label {@code action.NAME}. */
enum ReviewAction {
	SUBMIT, WITHDRAW, APPROVE, RETURN, REJECT, HANDOVER, PUBLISH, COMMENT,
	/** An adjustment of the approved table opened, or cancelled before a decision. */
	ADJUST, CANCEL_ADJUSTMENT;

	/** The step a reviewer's decision is. */
	static ReviewAction of(Decision decision) {
		return switch (decision) {
			case APPROVE -> APPROVE;
			case RETURN -> RETURN;
			case REJECT -> REJECT;
		};
	}

	boolean isDecision() {
		return this == APPROVE || this == RETURN || this == REJECT;
	}
}
