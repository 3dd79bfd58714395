package io.jixiao.checks;

import java.util.ArrayList;
import java.util.List;

/** R01: the header fields of the table are filled in, one finding per missing field. */
final class HeaderRule implements Rule {

	static final String ID = "R01";

	@Override
	public List<Violation> check(CheckInput table, RuleSet ruleSet) {
		List<Violation> found = new ArrayList<>();
		if (table.kind() == TableKind.UNIT) {
			require(found, table.budgetUnit(), "unitName");
			require(found, table.contactPerson(), "contactPerson");
			require(found, table.contactPhone(), "contactPhone");
			require(found, table.overallGoal(), "annualGoal");
			require(found, table.totalFunds(), "totalFunds");
			require(found, table.fiscalUpper(), "fiscalUpper");
			require(found, table.fiscalLocal(), "fiscalLocal");
			require(found, table.otherFunds(), "otherFunds");
			return found;
		}
		require(found, table.budgetUnit(), "budgetUnit");
		require(found, table.projectName(), "projectName");
		// 2020 tables have no 项目负责人 row.
		if (table.format() == TableFormat.CURRENT) {
			require(found, table.projectLead(), "projectLead");
		}
		require(found, table.implementingUnit(), "implementingUnit");
		require(found, table.totalFunds(), "totalFunds");
		require(found, table.fiscalFunds(), "fiscalFunds");
		require(found, table.otherFunds(), "otherFunds");
		require(found, table.overallGoal(), "overallGoal");
		return found;
	}

	private static void require(List<Violation> found, Object value, String field) {
		boolean missing = (value == null) || (value instanceof String text && text.isBlank());
		if (missing) {
			found.add(Violation.error(ID, null, "checks.R01.missing", Violation.label("checks.field." + field)));
		}
	}
}
