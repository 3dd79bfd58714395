package io.jixiao.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Prints what the parser reads from the seeds: a tool for tuning it ({@code -Dtest=ParserDump -Dseed=004}). */
@EnabledIfSystemProperty(named = "seed", matches = ".*")
class ParserDump {

	@Test
	void dump() {
		ImportMessages messages = Seeds.messages();
		for (String seed : new String[] { Seeds.S001, Seeds.S002, Seeds.S003, Seeds.S004 }) {
			if (System.getProperty("seed") != null && !seed.startsWith(System.getProperty("seed"))) {
				continue;
			}
			DisclosureParser.Result result = DisclosureParser.parse(Seeds.text(seed));
			System.out.println("===== " + seed + " tables=" + result.tables().size());
			int t = 0;
			for (ImportedTable table : result.tables()) {
				t++;
				System.out.printf("--- #%d line %d %s %s %s | unit=%s | lead=%s | %s/%s/%s (%s/%s) | contact=%s %s | rows=%d%n",
						t, table.line, table.kind, table.format, table.year, table.budgetUnit, table.projectLead,
						table.totalFunds, table.fiscalFunds, table.otherFunds, table.fiscalUpper, table.fiscalLocal,
						table.contactPerson, table.contactPhone, table.rows.size());
				System.out.println("    name=" + table.projectName + " goal=" + table.overallGoal);
				for (ImportedRow row : table.rows) {
					System.out.printf("    %4d %s | %s | %s | %s | %s | %s | %s | %s | %s%n", row.line(), row.level1(),
							row.level2(), row.name(), row.value(), row.basis(), row.lastYearValue(), row.weight(),
							row.scoringRule(), row.evidence());
				}
			}
			for (Notes.Note note : result.notes().warnings()) {
				System.out.println("  W t" + note.table() + " L" + note.line() + " " + messages.text(note));
			}
			for (Notes.Note note : result.notes().errors()) {
				System.out.println("  E t" + note.table() + " L" + note.line() + " " + messages.text(note));
			}
		}
	}
}
