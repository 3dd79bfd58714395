package io.jixiao.audit;

import io.jixiao.evaluation.EvaluationStep;
import io.jixiao.monitoring.MonitoringStep;
import io.jixiao.organizations.Administered;
import io.jixiao.targets.Decision;
import java.util.Arrays;
import java.util.List;

/** The action codes the product writes (stored as their names); the UI shows {@code audit.action.CODE}. */
public enum AuditAction {
	CREATE, UPDATE, COPY, IMPORT, SUBMIT, WITHDRAW, APPROVE, RETURN, REJECT, HANDOVER, COMMENT, PUBLISH, REMIND,
	REASSIGN, ADJUST, CANCEL_ADJUSTMENT, MONITOR_OPEN, MONITOR_UPDATE, MONITOR_SUBMIT, MONITOR_APPROVE,
	MONITOR_RETURN, MONITOR_KEY, MONITOR_RECTIFY, MONITOR_RULE, EVALUATION_OPEN, EVALUATION_UPDATE,
	EVALUATION_SUBMIT, EVALUATION_APPROVE, EVALUATION_RETURN, EVALUATION_RESCORE, EVALUATION_EVIDENCE_ADD,
	EVALUATION_EVIDENCE_DELETE, EVALUATION_RULE, ORG_CREATE, ORG_UPDATE, USER_CREATE,
	USER_UPDATE, SECTION_SAVE,
	SECTION_DELETE, DEPUTY_SAVE, DEPUTY_DELETE, LOGIN, LOGIN_FAILED,
	/** A run of the data generator: written to the chain, not offered as a search filter. */
	GENERATE;

	/** The code of a reviewer's decision. */
	static AuditAction of(Decision decision) {
		return switch (decision) {
			case APPROVE -> APPROVE;
			case RETURN -> RETURN;
			case REJECT -> REJECT;
		};
	}

	/** The code of a step of a monitoring report. */
	static AuditAction of(MonitoringStep.Step step) {
		return switch (step) {
			case OPEN -> MONITOR_OPEN;
			case UPDATE -> MONITOR_UPDATE;
			case SUBMIT -> MONITOR_SUBMIT;
			case APPROVE -> MONITOR_APPROVE;
			case RETURN -> MONITOR_RETURN;
			case KEY_MONITORING -> MONITOR_KEY;
			case RECTIFY -> MONITOR_RECTIFY;
		};
	}

	/** The code of a step of a self-evaluation. */
	static AuditAction of(EvaluationStep.Step step) {
		return switch (step) {
			case OPEN -> EVALUATION_OPEN;
			case UPDATE -> EVALUATION_UPDATE;
			case SUBMIT -> EVALUATION_SUBMIT;
			case APPROVE -> EVALUATION_APPROVE;
			case RETURN -> EVALUATION_RETURN;
			case RESCORE -> EVALUATION_RESCORE;
			case EVIDENCE_ADD -> EVALUATION_EVIDENCE_ADD;
			case EVIDENCE_DELETE -> EVALUATION_EVIDENCE_DELETE;
		};
	}

	/** The code of a change an administrator made. */
	static AuditAction of(Administered.Action action) {
		return switch (action) {
			case ORG_CREATE -> ORG_CREATE;
			case ORG_UPDATE -> ORG_UPDATE;
			case USER_CREATE -> USER_CREATE;
			case USER_UPDATE -> USER_UPDATE;
			case SECTION_SAVE -> SECTION_SAVE;
			case SECTION_DELETE -> SECTION_DELETE;
			case DEPUTY_SAVE -> DEPUTY_SAVE;
			case DEPUTY_DELETE -> DEPUTY_DELETE;
		};
	}

	/** The codes an administrator may search for, in this order. */
	static List<String> searchable() {
		return Arrays.stream(values()).filter(a -> a != GENERATE).map(Enum::name).toList();
	}
}
