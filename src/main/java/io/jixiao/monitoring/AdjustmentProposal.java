package io.jixiao.monitoring;

import java.util.List;
import java.util.function.BiFunction;

/**
 * What a report's page offers its unit's lead about adjusting the table: whether 申请调整 is open to them now (a red
 * or yellow report, the table approved or published and no adjustment open), the reason to start from, worded from
 * the report's findings, and the number of the adjustment the report already proposed, if any.
 */
record AdjustmentProposal(boolean mayOpen, String reason, Integer number) {

	/** The longest reason an adjustment takes (as the table page's form). */
	static final int REASON_LENGTH = 500;

	/**
	 * The report's budget lag and every indicator off target, with the unit's own 偏差原因, 原因说明 and 纠偏措施; {@code text}
	 * words a message code with its arguments.
	 */
	static String reason(ReportView report, BiFunction<String, Object[], String> text) {
		StringBuilder reason = new StringBuilder(text.apply("monitoring.adjust.reason.head", new Object[] {
				report.year(), text.apply("monitoring.period." + report.period(), new Object[0]),
				text.apply("monitoring.light." + report.light(), new Object[0]) }));
		if (Light.RED.name().equals(report.light())) {
			reason.append(text.apply("monitoring.adjust.reason.budget",
					new Object[] { report.executionRate(), report.timeProgress() }));
		}
		String separator = text.apply("monitoring.separator", new Object[0]);
		for (ReportView.Row row : report.indicators()) {
			if (!Light.YELLOW.name().equals(row.light())) {
				continue;
			}
			reason.append(text.apply("monitoring.adjust.reason.row", new Object[] { row.name(), row.target(),
					dash(row.expectedFullYear()), dash(row.likelihood()) }));
			List<String> reasons = row.deviationReasons();
			if (reasons != null && !reasons.isEmpty()) {
				reason.append(text.apply("monitoring.adjust.reason.causes",
						new Object[] { String.join(separator, reasons) }));
			}
			if (row.explanation() != null) {
				reason.append(text.apply("monitoring.adjust.reason.explanation", new Object[] { row.explanation() }));
			}
			if (row.measures() != null) {
				reason.append(text.apply("monitoring.adjust.reason.measures", new Object[] { row.measures() }));
			}
			reason.append(end(text));
		}
		// the last clause closes the sentence
		String end = end(text);
		if (reason.toString().endsWith(end)) {
			reason.replace(reason.length() - end.length(), reason.length(),
					text.apply("monitoring.adjust.reason.close", new Object[0]));
		}
		// the lead edits it before sending; a long one is cut where the form would cut it
		return reason.length() <= REASON_LENGTH ? reason.toString()
				: reason.substring(0, REASON_LENGTH - 1) + "…";
	}

	private static String end(BiFunction<String, Object[], String> text) {
		return text.apply("monitoring.adjust.reason.end", new Object[0]);
	}

	private static String dash(String value) {
		return value == null || value.isBlank() ? "—" : value;
	}
}
