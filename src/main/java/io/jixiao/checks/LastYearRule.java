package io.jixiao.checks;

import io.jixiao.checks.CheckInput.Row;
import io.jixiao.checks.IndicatorValue.Kind;
import io.jixiao.checks.IndicatorValue.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * R11: a positive target (≥, > or =; costs are negative by nature) is not below last year's actual in the same
 * unit: the target would be set too low.
 */
final class LastYearRule implements Rule {

	static final String ID = "R11";

	private static final Set<Operator> POSITIVE = Set.of(Operator.GE, Operator.GT, Operator.EQ);

	@Override
	public List<Violation> check(CheckInput table, RuleSet ruleSet) {
		List<Violation> found = new ArrayList<>();
		for (int i = 0; i < table.rows().size(); i++) {
			Row row = table.rows().get(i);
			IndicatorValue target = Indicators.value(row);
			IndicatorValue lastYear = IndicatorValue.parse(row.lastYearValue());
			boolean comparable = Indicators.hasName(row) && !Indicators.isCost(row)
					&& target.kind() == Kind.QUANTITATIVE && POSITIVE.contains(target.operator())
					&& lastYear.kind() == Kind.QUANTITATIVE && target.unit().equals(lastYear.unit());
			if (comparable && target.number().compareTo(lastYear.number()) < 0) {
				found.add(Violation.warning(ID, i, "checks.R11.belowLastYear", Indicators.name(row), target.text(),
						lastYear.text()));
			}
		}
		return found;
	}
}
