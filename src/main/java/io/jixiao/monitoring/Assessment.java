package io.jixiao.monitoring;

import io.jixiao.checks.Severity;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the rules make of a report: the computed rates, the lights with the rule that set each, and the flags.
 *
 * @param executionRate 执行率 in percent, null before the executed amount is reported
 * @param timeProgress 序时进度 in percent
 * @param light the report's light, null before the executed amount is reported
 * @param rowLights per indicator, null for a row not filled yet
 */
record Assessment(BigDecimal executionRate, BigDecimal timeProgress, Light light, String lightRule,
		List<Light> rowLights, List<String> rowRules, List<Flag> flags) {

	/** A rule's finding before its message is worded: the rule, how grave, the row (0-based) or null, the figures. */
	record Flag(String rule, Severity severity, Integer indicator, Object... args) {
	}

	boolean blocksSubmission() {
		return flags.stream().anyMatch(f -> f.severity() == Severity.ERROR);
	}
}
