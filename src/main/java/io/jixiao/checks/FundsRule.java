package io.jixiao.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R02: 年度资金总额 = 财政拨款 + 其他资金 within the rule set's tolerance, and for a unit table
 * 财政资金 = 上级安排 + 本级安排; no amount is negative. Missing amounts are left to R01.
 */
final class FundsRule implements Rule {

	static final String ID = "R02";

	@Override
	public List<Violation> check(CheckInput table, RuleSet ruleSet) {
		List<Violation> found = new ArrayList<>();
		BigDecimal tolerance = Texts.orZero(ruleSet.getFundsTolerance());
		notNegative(found, table.totalFunds(), "totalFunds", tolerance);
		notNegative(found, table.fiscalFunds(), "fiscalFunds", tolerance);
		notNegative(found, table.otherFunds(), "otherFunds", tolerance);
		BigDecimal fiscal = table.fiscalFunds();
		if (table.kind() == TableKind.UNIT) {
			notNegative(found, table.fiscalUpper(), "fiscalUpper", tolerance);
			notNegative(found, table.fiscalLocal(), "fiscalLocal", tolerance);
			if (table.fiscalUpper() != null && table.fiscalLocal() != null) {
				BigDecimal sources = table.fiscalUpper().add(table.fiscalLocal());
				if (fiscal == null) {
					fiscal = sources;
				}
				else if (differs(fiscal, sources, tolerance)) {
					found.add(error("checks.R02.fiscal", fiscal, table.fiscalUpper(), table.fiscalLocal(), tolerance));
				}
			}
		}
		if (table.totalFunds() != null && fiscal != null && table.otherFunds() != null
				&& differs(table.totalFunds(), fiscal.add(table.otherFunds()), tolerance)) {
			found.add(error("checks.R02.total", table.totalFunds(), fiscal, table.otherFunds(), tolerance));
		}
		return found;
	}

	private static boolean differs(BigDecimal actual, BigDecimal expected, BigDecimal tolerance) {
		return actual.subtract(expected).abs().compareTo(tolerance) > 0;
	}

	private static Violation error(String code, BigDecimal sum, BigDecimal first, BigDecimal second,
			BigDecimal tolerance) {
		return Violation.error(ID, null, code, Texts.money(sum), Texts.money(first), Texts.money(second))
			.basedOn("checks.R02.basis", Texts.points(tolerance));
	}

	private static void notNegative(List<Violation> found, BigDecimal amount, String field, BigDecimal tolerance) {
		if (amount != null && amount.signum() < 0) {
			found.add(Violation.error(ID, null, "checks.R02.negative", Violation.label("checks.field." + field),
					Texts.money(amount)).basedOn("checks.R02.basis", Texts.points(tolerance)));
		}
	}
}
