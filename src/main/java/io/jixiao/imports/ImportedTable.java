package io.jixiao.imports;

import io.jixiao.checks.TableFormat;
import io.jixiao.checks.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A table as read from a source, before it becomes a draft: header fields as written, rows, where it starts. */
final class ImportedTable {

	TableKind kind = TableKind.PROJECT;
	TableFormat format = TableFormat.CURRENT;
	Integer year;
	String budgetUnit;
	String projectName;
	String projectLead;
	String implementingUnit;
	String contactPerson;
	String contactPhone;
	BigDecimal totalFunds;
	BigDecimal fiscalFunds;
	BigDecimal otherFunds;
	BigDecimal fiscalUpper;
	BigDecimal fiscalLocal;
	String overallGoal;
	final List<ImportedRow> rows = new ArrayList<>();
	/** The line of the table's title (or first line) in the source; for a workbook, the sheet's number. */
	int line;
	/** Whether the table was found by its title (a document), rather than as rows without one. */
	boolean titled;
	/** Where a workbook table came from: the sheet name, or {@code null} for text. */
	String sheet;
	/** The draft created from it, once saved. */
	Long id;

	/** Whether the stated total differs from fiscal plus other funds (all three given). */
	boolean fundsDisagree() {
		return totalFunds != null && fiscalFunds != null && otherFunds != null
				&& totalFunds.compareTo(fiscalFunds.add(otherFunds)) != 0;
	}

	/** What the table is called in messages: its project, else its unit. */
	String title() {
		return projectName != null ? projectName : budgetUnit != null ? budgetUnit : "";
	}
}
