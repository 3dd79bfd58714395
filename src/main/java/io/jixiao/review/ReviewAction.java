package io.jixiao.review;

/** What happened on a table's way through review; the UI shows the Chinese label {@code action.NAME}. */
enum ReviewAction {
	SUBMIT, WITHDRAW, APPROVE, RETURN, REJECT, HANDOVER, PUBLISH, COMMENT;

	boolean isDecision() {
		return this == APPROVE || this == RETURN || this == REJECT;
	}
}
