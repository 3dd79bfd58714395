package io.jixiao.monitoring;

import io.jixiao.organizations.Actor;

/**
 * A state change of a monitoring report, recorded by the audit trail under the report's table.
 *
 * @param step what happened
 * @param status the report's status after it
 * @param text the comment, 整改要求 or 整改结果 the step carried, if any
 */
public record MonitoringStep(long reportId, long tableId, long roundId, Step step, ReportStatus status,
		String text, Actor actor) {

	/** The steps of a report's life. */
	public enum Step {
		OPEN, UPDATE, SUBMIT, APPROVE, RETURN, KEY_MONITORING, RECTIFY
	}
}
