package io.jixiao.checks;

import io.jixiao.checks.CheckInput.Row;
import io.jixiao.checks.IndicatorValue.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * R09: the scoring rule (指标赋分规则) fits the indicator: 满意度赋分 for satisfaction, graded for qualitative
 * values, proportional or all-or-nothing for quantitative ones. Current-format project tables only.
 */
final class ScoringRule implements Rule {

	static final String ID = "R09";

	private static final Set<String> SATISFACTION = Set.of("满意度赋分");

	private static final Set<String> GRADED = Set.of("按评判等级赋分", "按照评判等级赋分");

	private static final Set<String> PROPORTIONAL = Set.of("按照完成比例赋分", "按完成比例赋分", "直接赋分");

	@Override
	public List<Violation> check(CheckInput table, RuleSet ruleSet) {
		if (table.kind() == TableKind.UNIT || table.format() != TableFormat.CURRENT) {
			return List.of();
		}
		List<Violation> found = new ArrayList<>();
		for (int i = 0; i < table.rows().size(); i++) {
			Row row = table.rows().get(i);
			IndicatorValue value = Indicators.value(row);
			if (!Indicators.hasName(row) || value.kind() == Kind.EMPTY) {
				continue;
			}
			String rule = Texts.compact(row.scoringRule());
			String name = Indicators.name(row);
			if (rule.isEmpty()) {
				found.add(Violation.warning(ID, i, "checks.R09.blank", name));
			}
			else if (Indicators.isSatisfaction(row)) {
				if (!SATISFACTION.contains(rule)) {
					found.add(Violation.warning(ID, i, "checks.R09.satisfaction", name, rule));
				}
			}
			else if (value.kind() == Kind.QUALITATIVE) {
				if (!GRADED.contains(rule)) {
					found.add(Violation.warning(ID, i, "checks.R09.qualitative", name, rule));
				}
			}
			else if (!PROPORTIONAL.contains(rule)) {
				found.add(Violation.warning(ID, i, "checks.R09.quantitative", name, rule));
			}
		}
		return found;
	}
}
