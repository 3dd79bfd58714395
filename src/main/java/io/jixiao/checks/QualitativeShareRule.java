package io.jixiao.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** R10: qualitative indicators make up no more than the rule set's share of all indicators (细化量化). */
final class QualitativeShareRule implements Rule {

	static final String ID = "R10";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Override
	public List<Violation> check(CheckInput table, RuleSet ruleSet) {
		BigDecimal limit = ruleSet.getQualitativeShareLimit();
		List<IndicatorValue> values = table.rows()
			.stream()
			.filter(Indicators::hasName)
			.map(Indicators::value)
			.toList();
		long qualitative = values.stream().filter((value) -> value.kind() == IndicatorValue.Kind.QUALITATIVE).count();
		BigDecimal allowed = (limit != null) ? limit.multiply(BigDecimal.valueOf(values.size())) : null;
		if (allowed == null || values.isEmpty() || BigDecimal.valueOf(qualitative).compareTo(allowed) <= 0) {
			return List.of();
		}
		BigDecimal share = BigDecimal.valueOf(qualitative)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
		return List.of(Violation
			.warning(ID, null, "checks.R10.share", String.valueOf(qualitative), String.valueOf(values.size()),
					Texts.points(share))
			.basedOn("checks.R10.basis", Texts.points(limit.multiply(HUNDRED))));
	}
}
