package io.jixiao.checks;

import io.jixiao.checks.CheckInput.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** R04: indicator names are unique within the table, and every indicator has a real value, not a placeholder. */
final class NameAndValueRule implements Rule {

	static final String ID = "R04";

	@Override
	public List<Violation> check(CheckInput table, RuleSet ruleSet) {
		List<Violation> found = new ArrayList<>();
		Map<String, Integer> firstRows = new HashMap<>();
		for (int i = 0; i < table.rows().size(); i++) {
			Row row = table.rows().get(i);
			// A row without a name is a level 2 without level 3, reported by R03.
			if (!Indicators.hasName(row)) {
				continue;
			}
			Integer first = firstRows.putIfAbsent(Texts.compact(row.name()), i);
			if (first != null) {
				found.add(Violation.error(ID, i, "checks.R04.duplicate", Indicators.name(row),
						String.valueOf(first + 1)));
			}
			IndicatorValue value = Indicators.value(row);
			if (value.isPlaceholder()) {
				found.add(Violation.error(ID, i, "checks.R04.placeholder", Indicators.name(row), value.text()));
			}
			else if (value.kind() == IndicatorValue.Kind.EMPTY) {
				found.add(Violation.error(ID, i, "checks.R04.blank", Indicators.name(row)));
			}
		}
		return found;
	}
}
