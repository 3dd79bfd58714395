package io.jixiao.checks;

import io.jixiao.checks.CheckInput.Row;
import io.jixiao.checks.TableFormat.Group;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * R08: every indicator has a positive weight and the weights add up to the rule set's total (ERROR), and in a
 * current-format project table each frame group adds up to its frame weight (WARNING only: approved tables in the
 * seeds use 60/20/10 against the frame's 50/30/10). 2020 tables have no weights and are not checked.
 */
final class WeightRule implements Rule {

	static final String ID = "R08";

	@Override
	public List<Violation> check(CheckInput table, RuleSet ruleSet) {
		boolean project = table.kind() != TableKind.UNIT;
		if (project && table.format() != TableFormat.CURRENT) {
			return List.of();
		}
		List<Violation> found = new ArrayList<>();
		String total = Texts.points(ruleSet.getTotalWeight());
		BigDecimal tolerance = Texts.orZero(ruleSet.getWeightTolerance());
		BigDecimal sum = BigDecimal.ZERO;
		Map<Group, BigDecimal> groups = new EnumMap<>(Group.class);
		for (int i = 0; i < table.rows().size(); i++) {
			Row row = table.rows().get(i);
			if (!Indicators.hasName(row)) {
				continue;
			}
			if (row.weight() == null) {
				found.add(Violation.error(ID, i, "checks.R08.missing", Indicators.name(row))
					.basedOn("checks.R08.basis", total));
				continue;
			}
			if (row.weight().signum() <= 0) {
				found.add(Violation.error(ID, i, "checks.R08.notPositive", Indicators.name(row),
						Texts.points(row.weight())).basedOn("checks.R08.basis", total));
			}
			sum = sum.add(row.weight());
			Group group = table.format().group(row.level1());
			if (project && group != null) {
				groups.merge(group, row.weight(), BigDecimal::add);
			}
		}
		if (sum.subtract(ruleSet.getTotalWeight()).abs().compareTo(tolerance) > 0) {
			found.add(Violation.error(ID, null, "checks.R08.total", Texts.points(sum), total)
				.basedOn("checks.R08.basis", total));
		}
		if (project) {
			frame(found, groups, Group.OUTPUT, ruleSet.getOutputWeight(), ruleSet, tolerance);
			frame(found, groups, Group.BENEFIT, ruleSet.getBenefitWeight(), ruleSet, tolerance);
			// A satisfaction group marked 不适用 has its weight moved elsewhere.
			if (!table.satisfactionNotApplicable()) {
				frame(found, groups, Group.SATISFACTION, ruleSet.getSatisfactionWeight(), ruleSet, tolerance);
			}
		}
		return found;
	}

	private static void frame(List<Violation> found, Map<Group, BigDecimal> groups, Group group, BigDecimal expected,
			RuleSet ruleSet, BigDecimal tolerance) {
		BigDecimal actual = groups.getOrDefault(group, BigDecimal.ZERO);
		if (expected != null && actual.subtract(expected).abs().compareTo(tolerance) > 0) {
			found.add(Violation
				.warning(ID, null, "checks.R08.frame", Violation.label("checks.group." + group.name()),
						Texts.points(actual), Texts.points(expected))
				.basedOn("checks.R08.basis.frame", Texts.points(ruleSet.getOutputWeight()),
						Texts.points(ruleSet.getBenefitWeight()), Texts.points(ruleSet.getSatisfactionWeight())));
		}
	}
}
