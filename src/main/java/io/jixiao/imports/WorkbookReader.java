package io.jixiao.imports;

import io.jixiao.checks.TableKind;
import io.jixiao.system.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads tables from .xlsx workbooks: sheets in the layout of {@link WorkbookWriter} cell by cell (a wrong type is an
 * error at its sheet, row and column), any other sheet holding a table as text through {@link DisclosureParser}.
 * Formulas are never evaluated: their cached result is read, and a link to another workbook is refused. Zip bombs,
 * XML entities and oversized sheets are refused before anything is read. This class walks the sheets and checks
 * each table read; opening ({@link WorkbookPackage}), cells ({@link SheetCells}), the header block
 * ({@link WorkbookHeader}) and the indicator rows ({@link WorkbookRows}) are read by their own classes.
 */
@Component
class WorkbookReader {

	static final int MAX_SHEETS = 50;

	/** Rows a sheet may have at all: a table has at most 200 indicator rows and a short header. */
	static final int MAX_SHEET_ROWS = 2000;

	/** The largest part of a workbook, uncompressed: a full template sheet is well under 1 MB. */
	static final long MAX_PART_BYTES = 20L * 1024 * 1024;

	static {
		// workbooks come from users: refuse what inflates too far or too much (zip bombs)
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
		ZipSecureFile.setMaxFileCount(1000);
	}

	private final WorkbookHeader header;

	private final DataFormatter formatter = new DataFormatter(Locale.SIMPLIFIED_CHINESE);

	WorkbookReader(MessageSource messages) {
		this.header = new WorkbookHeader(messages);
	}

	DisclosureParser.Result read(Upload upload) {
		Notes notes = new Notes();
		List<ImportedTable> tables = new java.util.ArrayList<>();
		try (XSSFWorkbook workbook = WorkbookPackage.open(upload)) {
			if (workbook.getNumberOfSheets() > MAX_SHEETS) {
				throw new InvalidInputException("imports.error.tooManySheets", upload.name(), workbook.getNumberOfSheets(),
						MAX_SHEETS);
			}
			for (Sheet sheet : workbook) {
				readSheet(sheet, tables, notes);
			}
		}
		catch (java.io.IOException e) {
			throw WorkbookPackage.unreadable(upload, e);
		}
		if (tables.isEmpty() && !notes.hasErrors()) {
			notes.error(null, null, "imports.error.noTableInWorkbook", WorkbookPackage.name(upload));
		}
		for (int t = 1; t <= tables.size(); t++) {
			notes.flush(t);
		}
		notes.sort();
		return new DisclosureParser.Result(List.copyOf(tables), notes);
	}

	private void readSheet(Sheet sheet, List<ImportedTable> tables, Notes notes) {
		String name = sheet.getSheetName();
		if (sheet.getLastRowNum() + 1 > MAX_SHEET_ROWS) {
			notes.cellError(null, name, sheet.getLastRowNum() + 1, "A", "imports.error.sheetTooLong", name,
					sheet.getLastRowNum() + 1, MAX_SHEET_ROWS);
			return;
		}
		int index = tables.size() + 1;
		SheetCells cells = new SheetCells(sheet, index, notes, formatter);
		int headerRow = -1;
		boolean template = false;
		for (Row row : sheet) {
			if (Vocabulary.startsColumnHeader(ImportTexts.key(cells.rowText(row)))) {
				headerRow = row.getRowNum();
				break;
			}
			if (header.isKindLabel(cells.firstText(row))) {
				template = true;
			}
		}
		if (headerRow < 0) {
			if (!isHelp(sheet)) {
				notes.cellWarning(null, name, 1, "A", "imports.warn.sheetSkipped", name);
			}
			return;
		}
		if (!template) {
			readAsText(sheet, tables, notes, cells);
			return;
		}
		ImportedTable table = new ImportedTable();
		table.sheet = name;
		table.line = 1;
		header.read(sheet, headerRow, table, cells);
		WorkbookRows.read(sheet, headerRow, table, cells);
		if (table.year == null) {
			notes.cellError(index, name, 1, "B", "imports.error.cellMissing", "imports.template.field.YEAR");
		}
		if (table.rows.isEmpty()) {
			notes.cellError(index, name, headerRow + 2, "A", "imports.error.noRows");
		}
		if (table.rows.size() > Limits.MAX_ROWS) {
			notes.cellError(index, name, headerRow + 2, "A", "imports.error.tooManyRows", table.rows.size(),
					Limits.MAX_ROWS);
		}
		if (table.kind == TableKind.PROJECT && table.fundsDisagree()) {
			notes.warn(index, 1, "imports.warn.fundsDisagree", table.totalFunds, table.fiscalFunds, table.otherFunds);
		}
		Limits.check(table, index, notes);
		tables.add(table);
	}

	private static boolean isHelp(Sheet sheet) {
		return sheet.getWorkbook().getSheetIndex(sheet) == 0 && sheet.getLastRowNum() < 60;
	}

	/** A sheet that is not the template (a table pasted into Excel): its rows as tab-separated text. */
	private void readAsText(Sheet sheet, List<ImportedTable> tables, Notes notes, SheetCells cells) {
		int index = tables.size();
		StringBuilder text = new StringBuilder();
		int expected = 0;
		for (Row row : sheet) {
			while (expected < row.getRowNum()) {
				text.append('\n');
				expected++;
			}
			short last = row.getLastCellNum();
			for (int c = 0; c < last; c++) {
				Cell cell = row.getCell(c);
				text.append(c == 0 ? "" : "\t").append(cell == null ? "" : cells.text(cell).replace('\n', ' '));
			}
			text.append('\n');
			expected++;
		}
		DisclosureParser.Result result = DisclosureParser.parse(text.toString());
		for (ImportedTable table : result.tables()) {
			table.sheet = sheet.getSheetName();
		}
		Notes sheetNotes = new Notes();
		for (Notes.Note note : result.notes().warnings()) {
			sheetNotes.cellWarning(note.table(), sheet.getSheetName(), note.line() == null ? 1 : note.line(), null,
					note.code(), note.args().toArray());
		}
		for (Notes.Note note : result.notes().errors()) {
			sheetNotes.cellError(note.table(), sheet.getSheetName(), note.line() == null ? 1 : note.line(), null,
					note.code(), note.args().toArray());
		}
		notes.addAll(sheetNotes, index);
		tables.addAll(result.tables());
	}
}
