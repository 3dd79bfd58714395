package io.jixiao.checks;

import io.jixiao.checks.CheckInput.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * R05: a quantitative value carries a number and a unit, the unit written after the number or in the name
 * ({@code 受益人数（人）} with {@code ≥300}); a comparison sign promises a number.
 */
final class UnitRule implements Rule {

	static final String ID = "R05";

	@Override
	public List<Violation> check(CheckInput table, RuleSet ruleSet) {
		List<Violation> found = new ArrayList<>();
		for (int i = 0; i < table.rows().size(); i++) {
			Row row = table.rows().get(i);
			if (!Indicators.hasName(row)) {
				continue;
			}
			IndicatorValue value = Indicators.value(row);
			if (value.kind() == IndicatorValue.Kind.QUANTITATIVE && Indicators.unit(row, value).isEmpty()) {
				found.add(Violation.error(ID, i, "checks.R05.noUnit", Indicators.name(row), value.text()));
			}
			else if (value.kind() == IndicatorValue.Kind.QUALITATIVE
					&& value.operator() != IndicatorValue.Operator.NONE) {
				found.add(Violation.error(ID, i, "checks.R05.noNumber", Indicators.name(row), value.text()));
			}
		}
		return found;
	}
}
