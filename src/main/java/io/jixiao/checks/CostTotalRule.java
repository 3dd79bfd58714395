package io.jixiao.checks;

import io.jixiao.checks.CheckInput.Row;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * R07: the cost indicators given as amounts (万元, or 元 converted) do not add up to more than 年度资金总额.
 * Unit costs such as 元/次 or 元/人 are not amounts of the project and are left out.
 */
final class CostTotalRule implements Rule {

	static final String ID = "R07";

	private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10_000);

	@Override
	public List<Violation> check(CheckInput table, RuleSet ruleSet) {
		if (table.totalFunds() == null) {
			return List.of();
		}
		BigDecimal costs = BigDecimal.ZERO;
		for (Row row : table.rows()) {
			IndicatorValue value = Indicators.value(row);
			if (Indicators.isCost(row) && value.kind() == IndicatorValue.Kind.QUANTITATIVE) {
				costs = costs.add(inWan(value.number(), Indicators.unit(row, value)));
			}
		}
		BigDecimal limit = table.totalFunds().add(Texts.orZero(ruleSet.getFundsTolerance()));
		if (costs.compareTo(limit) > 0) {
			return List.of(Violation.warning(ID, null, "checks.R07.overFunds", Texts.money(costs),
					Texts.money(table.totalFunds())));
		}
		return List.of();
	}

	private static BigDecimal inWan(BigDecimal number, String unit) {
		return switch (unit) {
			case "万元" -> number;
			case "元" -> number.divide(YUAN_PER_WAN, 6, RoundingMode.HALF_UP);
			default -> BigDecimal.ZERO;
		};
	}
}
