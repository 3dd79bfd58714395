package io.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the scoring engine reads: the year's budget (全年预算数) and its execution (全年执行数) in 万元, and the rows.
 */
record ScoreInput(BigDecimal annual, BigDecimal executed, List<Row> rows) {

	/**
	 * One indicator: its approved target and weight, and what the unit reports on it.
	 *
	 * @param level 达成 / 部分达成 / 未达成 for a qualitative target, with {@code judgedPercent} inside its band
	 * @param review a reviewer's re-score (抽评), used only when the engine scores the review
	 */
	record Row(String name, String level2, String target, BigDecimal weight, String actual, String level,
			BigDecimal judgedPercent, boolean notApplicable, String analysis, BigDecimal review) {
	}
}
