package io.jixiao.checks;

import io.jixiao.checks.CheckInput.Row;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * R03: the indicator tree fits the frame. A project table has every level-1 group of its format (满意度 may be
 * marked 不适用 with a reason), no unknown level 1, each level 2 under its own level 1, and no level 2 without
 * a level-3 name. A unit table has a free frame: level 1 and level 2 only have to be filled in.
 */
final class FrameRule implements Rule {

	static final String ID = "R03";

	private static final String SATISFACTION = "满意度指标";

	@Override
	public List<Violation> check(CheckInput table, RuleSet ruleSet) {
		List<Violation> found = new ArrayList<>();
		boolean project = table.kind() != TableKind.UNIT;
		TableFormat format = table.format();
		String basis = project ? "checks.R03.basis." + format.name() : "checks.R03.basis.UNIT";
		Set<String> present = new HashSet<>();
		for (int i = 0; i < table.rows().size(); i++) {
			Row row = table.rows().get(i);
			if (Texts.isBlank(row.level1()) && Texts.isBlank(row.level2()) && !Indicators.hasName(row)) {
				found.add(Violation.error(ID, i, "checks.R03.emptyRow"));
			}
			else if (Texts.isBlank(row.level1())) {
				found.add(Violation.error(ID, i, "checks.R03.noLevel1", Indicators.name(row)));
			}
			else if (project && format.level1(row.level1()) == null) {
				found.add(Violation.error(ID, i, "checks.R03.unknownLevel1", Texts.compact(row.level1()),
						String.join("、", format.level1Names())));
			}
			else if (Texts.isBlank(row.level2())) {
				found.add(Violation.error(ID, i, "checks.R03.noLevel2", Indicators.name(row)));
			}
			else if (project && format.level2(row.level1(), row.level2()) == null) {
				String level1 = format.level1(row.level1());
				found.add(Violation.error(ID, i, "checks.R03.foreignLevel2", Texts.compact(row.level2()), level1,
						String.join("、", format.level2Names(level1))));
			}
			else if (!Indicators.hasName(row)) {
				found.add(Violation.error(ID, i, "checks.R03.noLevel3", Texts.compact(row.level2())));
			}
			if (project && format.level1(row.level1()) != null) {
				present.add(format.level1(row.level1()));
			}
		}
		if (project) {
			for (String level1 : format.level1Names()) {
				boolean excused = SATISFACTION.equals(level1) && table.satisfactionNotApplicable();
				if (!present.contains(level1) && !excused) {
					found.add(Violation.error(ID, null, "checks.R03.missingLevel1", level1));
				}
			}
		}
		if (table.satisfactionNotApplicable() && Texts.isBlank(table.satisfactionReason())) {
			found.add(Violation.error(ID, null, "checks.R03.noReason"));
		}
		return found.stream().map((violation) -> violation.basedOn(basis)).toList();
	}
}
