package io.jixiao.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jixiao.checks.IndicatorValue;
import java.math.BigDecimal;
import java.util.List;

/**
 * The import result of api.md: tables in source order (ids once saved), warnings and errors, each tied to a
 * table (1-based) and a line of the source (or a sheet, row and column of a workbook), in Chinese.
 */
record ImportResponse(List<Table> tables, List<Note> warnings, List<Note> errors, boolean dryRun, boolean saved,
		@JsonInclude(JsonInclude.Include.NON_NULL) String error,
		@JsonInclude(JsonInclude.Include.NON_NULL) String message) {

	record Table(String kind, String format, String projectName, String budgetUnit, Integer year,
			BigDecimal totalFunds, BigDecimal fiscalFunds, BigDecimal otherFunds, BigDecimal fiscalUpper,
			BigDecimal fiscalLocal, String projectLead, String implementingUnit, String contactPerson,
			String contactPhone, String overallGoal, List<Row> indicators, int line,
			@JsonInclude(JsonInclude.Include.NON_NULL) String sheet, Long id,
			@JsonInclude(JsonInclude.Include.NON_NULL) Boolean review) {
	}

	record Row(String level1, String level2, String name, String value, String basis, String lastYearValue,
			BigDecimal weight, String scoringRule, String evidence, int line, String operator, BigDecimal number,
			String unit) {
	}

	record Note(Integer table, Integer line, @JsonInclude(JsonInclude.Include.NON_NULL) String sheet,
			@JsonInclude(JsonInclude.Include.NON_NULL) String column, String message) {
	}

	static ImportResponse of(ImportService.Result result, boolean dryRun, ImportMessages messages) {
		List<Table> tables = new java.util.ArrayList<>();
		for (int i = 0; i < result.tables().size(); i++) {
			tables.add(table(result.tables().get(i), result.notes().doubts(i + 1)));
		}
		return new ImportResponse(tables, notes(result.notes().warnings(), messages),
				notes(result.notes().errors(), messages), dryRun, result.saved(), null, null);
	}

	/** The same result, refused: nothing was saved. */
	ImportResponse refused(String message) {
		return new ImportResponse(tables, warnings, errors, dryRun, false, "invalid", message);
	}

	private static List<Note> notes(List<Notes.Note> notes, ImportMessages messages) {
		return notes.stream()
			.map(n -> new Note(n.table(), n.line(), n.sheet(), n.column(), messages.text(n)))
			.toList();
	}

	private static Table table(ImportedTable t, boolean review) {
		List<Row> rows = t.rows.stream().map(r -> {
			IndicatorValue value = IndicatorValue.parse(r.value());
			return new Row(r.level1(), r.level2(), r.name(), r.value(), r.basis(), r.lastYearValue(), r.weight(),
					r.scoringRule(), r.evidence(), r.line(), value.operator().name(), value.number(), value.unit());
		}).toList();
		return new Table(t.kind.name(), t.format.name(), t.projectName, t.budgetUnit, t.year, t.totalFunds,
				t.fiscalFunds, t.otherFunds, t.fiscalUpper, t.fiscalLocal, t.projectLead, t.implementingUnit,
				t.contactPerson, t.contactPhone, t.overallGoal, rows, t.line, t.sheet, t.id,
				review ? Boolean.TRUE : null);
	}
}
