package io.jixiao.checks;

import io.jixiao.checks.CheckInput.Row;
import io.jixiao.checks.IndicatorValue.Kind;
import io.jixiao.checks.IndicatorValue.Operator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R06: values that are possible but doubtful: a percentage above 100, a cost with a lower bound (≥ or >), a unit
 * that contradicts the unit in the name, a satisfaction target below the rule set's threshold.
 */
final class PlausibilityRule implements Rule {

	static final String ID = "R06";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Override
	public List<Violation> check(CheckInput table, RuleSet ruleSet) {
		List<Violation> found = new ArrayList<>();
		BigDecimal threshold = ruleSet.getSatisfactionThreshold();
		for (int i = 0; i < table.rows().size(); i++) {
			Row row = table.rows().get(i);
			IndicatorValue value = Indicators.value(row);
			if (!Indicators.hasName(row) || value.kind() != Kind.QUANTITATIVE) {
				continue;
			}
			String name = Indicators.name(row);
			boolean percent = Indicators.isPercent(row, value);
			if (percent && value.number().compareTo(HUNDRED) > 0) {
				found.add(Violation.warning(ID, i, "checks.R06.over100", name, value.text()));
			}
			if (Indicators.isCost(row) && (value.operator() == Operator.GE || value.operator() == Operator.GT)) {
				found.add(Violation.warning(ID, i, "checks.R06.costLowerBound", name, value.text()));
			}
			String nameUnit = IndicatorValue.unitInName(row.name());
			boolean contradicts = value.unit().isEmpty() ? "%".equals(nameUnit)
					: !nameUnit.isEmpty() && !nameUnit.equals(value.unit());
			if (contradicts) {
				found.add(Violation.warning(ID, i, "checks.R06.unitMismatch", name, value.text(), nameUnit));
			}
			if (threshold != null && Indicators.isSatisfaction(row) && percent
					&& value.number().compareTo(threshold) < 0) {
				String minimum = Texts.points(threshold);
				found.add(Violation.warning(ID, i, "checks.R06.satisfactionLow", name, value.text(), minimum)
					.basedOn("checks.R06.basis.satisfaction", minimum));
			}
		}
		return found;
	}
}
