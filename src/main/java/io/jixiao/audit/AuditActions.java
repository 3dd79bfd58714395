package io.jixiao.audit;

import java.util.List;

/** The action codes the product writes; the UI shows {@code audit.action.CODE}. */
final class AuditActions {

	static final List<String> ALL = List.of("CREATE", "UPDATE", "COPY", "IMPORT", "SUBMIT", "WITHDRAW", "APPROVE",
			"RETURN", "REJECT", "HANDOVER", "COMMENT", "PUBLISH", "REMIND", "REASSIGN", "ORG_CREATE", "ORG_UPDATE",
			"USER_CREATE", "USER_UPDATE", "LOGIN", "LOGIN_FAILED");

	private AuditActions() {
	}
}
