package io.jixiao.imports;

import java.util.function.Function;

/** What a draft can hold (the schema's column sizes): longer text is an error, never cut. */
final class Limits {

	/** Rows a table may have: the drafting form's limit. */
	static final int MAX_ROWS = 200;

	private record Limit(String field, int max, Function<ImportedRow, String> cell) {
	}

	private static final Limit[] ROW = { new Limit("imports.column.LEVEL1", 50, ImportedRow::level1),
			new Limit("imports.column.LEVEL2", 50, ImportedRow::level2),
			new Limit("imports.column.NAME", 300, ImportedRow::name),
			new Limit("imports.column.VALUE", 300, ImportedRow::value),
			new Limit("imports.column.BASIS", 200, ImportedRow::basis),
			new Limit("imports.column.LAST_YEAR", 100, ImportedRow::lastYearValue),
			new Limit("imports.column.SCORING", 50, ImportedRow::scoringRule),
			new Limit("imports.column.EVIDENCE", 200, ImportedRow::evidence) };

	private Limits() {
	}

	static void check(ImportedTable table, Integer index, Notes notes) {
		header(table.projectName, 300, "imports.field.PROJECT_NAME", table, index, notes);
		header(table.projectLead, 100, "imports.field.PROJECT_LEAD", table, index, notes);
		header(table.implementingUnit, 200, "imports.field.IMPLEMENTING_UNIT", table, index, notes);
		header(table.contactPerson, 100, "imports.field.CONTACT", table, index, notes);
		header(table.contactPhone, 50, "imports.field.PHONE", table, index, notes);
		header(table.overallGoal, 4000, "imports.field.GOAL", table, index, notes);
		for (ImportedRow row : table.rows) {
			for (Limit limit : ROW) {
				String text = limit.cell().apply(row);
				if (text != null && text.length() > limit.max()) {
					notes.error(index, row.line(), "imports.error.tooLong", limit.field(), limit.max(), text.length());
				}
			}
		}
	}

	private static void header(String text, int max, String field, ImportedTable table, Integer index, Notes notes) {
		if (text != null && text.length() > max) {
			notes.error(index, table.line, "imports.error.tooLong", field, max, text.length());
		}
	}
}
