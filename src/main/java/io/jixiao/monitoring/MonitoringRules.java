package io.jixiao.monitoring;

import io.jixiao.checks.IndicatorValue;
import io.jixiao.checks.IndicatorValue.Kind;
import io.jixiao.checks.Severity;
import io.jixiao.monitoring.Assessment.Flag;
import io.jixiao.system.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The monitoring rules of 财预〔2019〕136号 over one report: budget execution against 序时进度 (months of the period
 * / 12) within the year's tolerance, each indicator's 全年预计完成值 against its target by the target's operator,
 * and the explanations a deviation or a doubtful 完成目标可能性 needs. Pure: the same report gives the same answer.
 */
final class MonitoringRules {

	static final String BEHIND = "execution.behind";
	static final String ON_PACE = "execution.onPace";
	static final String BUDGET_MISSING = "budget.missing";
	static final String EXPECTED_MISSING = "expected.missing";
	static final String LIKELIHOOD_MISSING = "likelihood.missing";
	static final String DEVIATION = "target.deviation";
	static final String DEVIATION_UNEXPLAINED = "deviation.unexplained";
	static final String AT_RISK = "likelihood.atRisk";
	static final String LIKELIHOOD_UNEXPLAINED = "likelihood.unexplained";
	static final String ON_TARGET = "target.onTarget";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final String NOT_REACHED = "未达成";

	private MonitoringRules() {
	}

	/** 序时进度: the share of the year the period covers, in percent. */
	static BigDecimal timeProgress(Period period) {
		return BigDecimal.valueOf(period.months()).multiply(HUNDRED).divide(BigDecimal.valueOf(12), 2,
				RoundingMode.HALF_UP);
	}

	/** 执行率: executed over the adjusted budget (the initial one when none is given), in percent. */
	static BigDecimal executionRate(BigDecimal budget, BigDecimal executed) {
		return Money.percent(executed, budget);
	}

	static Assessment assess(MonitoringReport report, Period period, BigDecimal tolerance) {
		BigDecimal budget = report.getBudgetAdjusted() != null ? report.getBudgetAdjusted() : report.getBudgetInitial();
		return assess(budget, report.getBudgetExecuted(), report.getRows(), period, tolerance);
	}

	/** The rules over a budget (adjusted, else initial), the amount executed and the rows, in a period. */
	static Assessment assess(BigDecimal budget, BigDecimal executed, List<ReportRow> rows, Period period,
			BigDecimal tolerance) {
		List<Flag> flags = new ArrayList<>();
		BigDecimal progress = timeProgress(period);
		BigDecimal rate = executionRate(budget, executed);
		boolean behind = rate != null && rate.compareTo(progress.subtract(tolerance)) < 0;
		if (executed == null) {
			flags.add(new Flag(BUDGET_MISSING, Severity.ERROR, null));
		}
		else if (behind) {
			// figures as written (MessageFormat would drop the decimals of 24.00)
			flags.add(new Flag(BEHIND, Severity.WARNING, null, rate.toPlainString(), progress.toPlainString(),
					tolerance.stripTrailingZeros().toPlainString()));
		}
		List<Light> lights = new ArrayList<>();
		List<String> rules = new ArrayList<>();
		String atRiskRule = null;
		for (int i = 0; i < rows.size(); i++) {
			ReportRow row = rows.get(i);
			String rule = judgeRow(row, i, flags);
			lights.add(rule == null ? null : ON_TARGET.equals(rule) ? Light.GREEN : Light.YELLOW);
			rules.add(rule);
			if (atRiskRule == null && rule != null && !ON_TARGET.equals(rule)) {
				atRiskRule = rule;
			}
		}
		Light light = null;
		String lightRule = null;
		if (rate != null) {
			// behind on budget is red whatever the targets; on pace, one target at risk makes it yellow
			light = behind ? Light.RED : atRiskRule != null ? Light.YELLOW : Light.GREEN;
			lightRule = behind ? BEHIND : atRiskRule != null ? atRiskRule : ON_PACE;
		}
		return new Assessment(rate, progress, light, lightRule, lights, rules, flags);
	}

	/** Flags one row; returns the rule that sets its light, or null while it is not filled. */
	private static String judgeRow(ReportRow row, int index, List<Flag> flags) {
		boolean filled = row.getExpectedFullYear() != null || row.getLikelihood() != null;
		if (row.getExpectedFullYear() == null) {
			flags.add(new Flag(EXPECTED_MISSING, Severity.ERROR, index, row.getName()));
		}
		if (row.getLikelihood() == null) {
			flags.add(new Flag(LIKELIHOOD_MISSING, Severity.ERROR, index, row.getName()));
		}
		boolean explained = row.getExplanation() != null && row.getMeasures() != null;
		String rule = filled ? ON_TARGET : null;
		if (row.getExpectedFullYear() != null && misses(row.getTarget(), row.getExpectedFullYear())) {
			flags.add(new Flag(DEVIATION, Severity.WARNING, index, row.getName(), row.getExpectedFullYear(),
					row.getTarget()));
			if (!explained || row.getDeviationReasons().isEmpty()) {
				flags.add(new Flag(DEVIATION_UNEXPLAINED, Severity.ERROR, index, row.getName()));
			}
			rule = DEVIATION;
		}
		if (row.getLikelihood() != null && !RowFilling.CERTAIN.equals(row.getLikelihood())) {
			if (!explained) {
				flags.add(new Flag(LIKELIHOOD_UNEXPLAINED, Severity.ERROR, index, row.getName(),
						row.getLikelihood()));
			}
			rule = rule == null || ON_TARGET.equals(rule) ? AT_RISK : rule;
		}
		return rule;
	}

	/**
	 * Whether the expected full-year value misses the target by the target's operator: ≥ (and a bare figure, a
	 * quantity to reach) below it, ≤ above it, = different; a qualitative or dated target, or figures in different
	 * units, by the unit's own judgement 未达成.
	 */
	static boolean misses(String targetText, String expectedText) {
		IndicatorValue target = IndicatorValue.parse(targetText);
		IndicatorValue expected = IndicatorValue.parse(expectedText);
		if (target.kind() != Kind.QUANTITATIVE || expected.kind() != Kind.QUANTITATIVE
				|| !(expected.unit().isEmpty() || expected.unit().equals(target.unit()))) {
			return expectedText.contains(NOT_REACHED);
		}
		int c = expected.number().compareTo(target.number());
		return switch (target.operator()) {
			case GE, NONE -> c < 0;
			case GT -> c <= 0;
			case LE -> c > 0;
			case LT -> c >= 0;
			case EQ -> c != 0;
		};
	}
}
