package io.jixiao.evaluation;

import io.jixiao.system.InvalidInputException;
import io.jixiao.system.Money;
import io.jixiao.system.PlainText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The unit's figures for a self-evaluation, checked against the vocabularies and the column lengths: 全年预算数 and
 * 全年执行数 per source (万元), 实际完成情况, per indicator, and 评价结论 / 存在问题 / 改进措施.
 */
public record EvaluationFilling(BigDecimal fiscalAnnual, BigDecimal fiscalExecuted, BigDecimal otherAnnual,
		BigDecimal otherExecuted, String overallResult, String conclusion, String problems, String improvements,
		List<Row> rows) {

	public EvaluationFilling {
		fiscalAnnual = Money.amount(fiscalAnnual, "evaluation.money");
		fiscalExecuted = Money.amount(fiscalExecuted, "evaluation.money");
		otherAnnual = Money.amount(otherAnnual, "evaluation.money");
		otherExecuted = Money.amount(otherExecuted, "evaluation.money");
		overallResult = text("evaluation.overallResult", overallResult, 2000);
		conclusion = text("evaluation.conclusion", conclusion, 2000);
		problems = text("evaluation.problems", problems, 2000);
		improvements = text("evaluation.improvements", improvements, 2000);
		rows = rows == null ? List.of() : List.copyOf(rows);
	}

	/** What the unit reports on one indicator. */
	public record Row(String actual, String level, BigDecimal judgedPercent, boolean notApplicable, String analysis) {

		public Row {
			actual = text("evaluation.actual", actual, 300);
			level = text("evaluation.level", level, 10);
			if (level != null && !Scoring.LEVELS.contains(level)) {
				throw new InvalidInputException("evaluation.levelUnknown");
			}
			if (judgedPercent != null && (judgedPercent.signum() < 0 || judgedPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
				throw new InvalidInputException("evaluation.percentRange");
			}
			judgedPercent = judgedPercent == null ? null : judgedPercent.setScale(2, RoundingMode.HALF_UP);
			analysis = text("evaluation.analysis", analysis, 1000);
		}
	}

	static String text(String field, String value, int length) {
		return value == null || value.isBlank() ? null : PlainText.require(field, value.strip(), length);
	}
}
