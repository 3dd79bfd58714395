package io.jixiao.evaluation;

import io.jixiao.checks.Severity;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the scoring engine makes of an evaluation: the execution score, each row's score with its arithmetic, the
 * rules applied to the total, the total and its grade, and the flags. Every text is a message code with its
 * figures, worded from i18n/evaluation.properties by {@link EvaluationJudge}.
 *
 * @param total null while a score is missing (a row not filled, a unit mismatch, no budget figures)
 */
record Scorecard(BigDecimal executionRate, BigDecimal executionScore, Text executionExplanation, List<RowScore> rows,
		List<Applied> rulesApplied, BigDecimal total, String grade, List<Flag> flags) {

	/** A message code with its figures (already written out, so that MessageFormat keeps their decimals). */
	record Text(String code, Object... args) {
	}

	/** A row's score: null while it cannot be scored; {@code weight} after rescaling for 不适用 rows. */
	record RowScore(BigDecimal weight, BigDecimal score, List<Text> explanation, boolean overAchieved) {
	}

	/** A named rule applied to the total, by how much it changed it. */
	record Applied(String rule, BigDecimal effect, Text message) {
	}

	/** A finding before it is worded: the rule, how grave, the row (0-based) or null, the figures. */
	record Flag(String rule, Severity severity, Integer indicator, Object... args) {
	}
}
