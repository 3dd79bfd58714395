package io.jixiao.imports;

import io.jixiao.checks.TableFormat;
import io.jixiao.checks.TableKind;
import io.jixiao.system.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads tables from .xlsx workbooks: sheets in the layout of {@link WorkbookWriter} cell by cell (a wrong type is an
 * error at its sheet, row and column), any other sheet holding a table as text through {@link DisclosureParser}.
 * Formulas are never evaluated: their cached result is read, and a link to another workbook is refused. Zip bombs,
 * XML entities and oversized sheets are refused before anything is read.
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

	private final Map<String, TemplateField> labels = new HashMap<>();

	private final Map<String, TableKind> kinds = new HashMap<>();

	private final DataFormatter formatter = new DataFormatter(Locale.SIMPLIFIED_CHINESE);

	WorkbookReader(MessageSource messages) {
		for (TemplateField field : TemplateField.values()) {
			labels.put(ImportTexts.key(messages.getMessage(field.labelCode(), null, Locale.SIMPLIFIED_CHINESE)), field);
		}
		// the labels of the official layout mean the same
		Map<String, TemplateField> aliases = Map.ofEntries(Map.entry("年度", TemplateField.YEAR),
				Map.entry("预算单位", TemplateField.BUDGET_UNIT), Map.entry("单位名称", TemplateField.BUDGET_UNIT),
				Map.entry("项目名称", TemplateField.PROJECT_NAME), Map.entry("项目负责人", TemplateField.PROJECT_LEAD),
				Map.entry("项目实施单位", TemplateField.IMPLEMENTING_UNIT), Map.entry("单位联系人", TemplateField.CONTACT),
				Map.entry("联系电话", TemplateField.PHONE), Map.entry("年度资金总额", TemplateField.TOTAL),
				Map.entry("年度资金总额(万元)", TemplateField.TOTAL), Map.entry("财政拨款", TemplateField.FISCAL),
				Map.entry("其中:财政拨款", TemplateField.FISCAL), Map.entry("上级安排", TemplateField.UPPER),
				Map.entry("本级安排", TemplateField.LOCAL), Map.entry("其他资金", TemplateField.OTHER),
				Map.entry("总体目标", TemplateField.GOAL), Map.entry("年度绩效目标", TemplateField.GOAL));
		aliases.forEach(labels::putIfAbsent);
		for (TableKind kind : TableKind.values()) {
			kinds.put(ImportTexts.key(messages.getMessage("imports.template.title." + kind.name(), null,
					Locale.SIMPLIFIED_CHINESE)), kind);
			kinds.put(kind.name(), kind);
		}
	}

	DisclosureParser.Result read(Upload upload) {
		Notes notes = new Notes();
		List<ImportedTable> tables = new java.util.ArrayList<>();
		try (XSSFWorkbook workbook = open(upload)) {
			if (workbook.getNumberOfSheets() > MAX_SHEETS) {
				throw new InvalidInputException("imports.error.tooManySheets", upload.name(), workbook.getNumberOfSheets(),
						MAX_SHEETS);
			}
			for (Sheet sheet : workbook) {
				readSheet(sheet, tables, notes);
			}
		}
		catch (java.io.IOException e) {
			throw unreadable(upload, e);
		}
		if (tables.isEmpty() && !notes.hasErrors()) {
			notes.error(null, null, "imports.error.noTableInWorkbook", name(upload));
		}
		for (int t = 1; t <= tables.size(); t++) {
			notes.flush(t);
		}
		notes.sort();
		return new DisclosureParser.Result(List.copyOf(tables), notes);
	}

	private static String name(Upload upload) {
		return upload.name() == null ? "" : upload.name();
	}

	private static XSSFWorkbook open(Upload upload) {
		checkPackage(upload);
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(upload.bytes()));
		}
		catch (Exception e) {
			throw unreadable(upload, e);
		}
	}

	/**
	 * What the file is, from its container alone: an old binary or encrypted workbook, a damaged zip, or a zip
	 * without a workbook in it (a Word file renamed .xlsx) is refused before POI parses any XML.
	 */
	private static void checkPackage(Upload upload) {
		byte[] bytes = upload.bytes();
		if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
				&& (bytes[3] & 0xFF) == 0xE0) {
			throw new InvalidInputException("imports.error.notXlsx", name(upload));
		}
		if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
			throw new InvalidInputException("imports.error.notWorkbook", name(upload));
		}
		boolean workbook = false;
		int entries = 0;
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries++;
				workbook |= entry.getName().equals("xl/workbook.xml");
			}
		}
		catch (java.io.IOException | IllegalArgumentException e) {
			throw new InvalidInputException("imports.error.damagedXlsx", name(upload));
		}
		if (entries == 0) {
			throw new InvalidInputException("imports.error.damagedXlsx", name(upload));
		}
		if (!workbook) {
			throw new InvalidInputException("imports.error.notWorkbook", name(upload));
		}
	}

	/** Why a workbook could not be opened, in words the uploader can act on. */
	private static InvalidInputException unreadable(Upload upload, Throwable e) {
		StringBuilder chain = new StringBuilder();
		for (Throwable t = e; t != null; t = t.getCause()) {
			chain.append(t.getClass().getSimpleName()).append(' ').append(t.getMessage()).append('\n');
		}
		String why = chain.toString();
		String code;
		if (why.contains("Zip bomb") || why.contains("zip bomb") || why.contains("exceeds the max")
				|| why.contains("MaxEntrySize") || why.contains("maximum")) {
			code = "imports.error.zipBomb";
		}
		else if (why.contains("DOCTYPE") || why.contains("doctype") || why.contains("DTD") || why.contains("ENTITY")) {
			code = "imports.error.xmlEntities";
		}
		else if (why.contains("OLE2") || why.contains("Encrypt") || why.contains("encrypt")) {
			code = "imports.error.notXlsx";
		}
		else if (why.contains("NotOfficeXmlFile") || why.contains("No valid entries") || why.contains("Truncated")
				|| why.contains("EOF") || why.contains("invalid") || why.contains("Invalid") || why.contains("corrupt")
				|| why.contains("ZipException")) {
			code = "imports.error.damagedXlsx";
		}
		else {
			code = "imports.error.notWorkbook";
		}
		return new InvalidInputException(code, name(upload));
	}

	private void readSheet(Sheet sheet, List<ImportedTable> tables, Notes notes) {
		String name = sheet.getSheetName();
		if (sheet.getLastRowNum() + 1 > MAX_SHEET_ROWS) {
			notes.cellError(null, name, sheet.getLastRowNum() + 1, "A", "imports.error.sheetTooLong", name,
					sheet.getLastRowNum() + 1, MAX_SHEET_ROWS);
			return;
		}
		int headerRow = -1;
		boolean template = false;
		for (Row row : sheet) {
			String first = firstText(row);
			if (Vocabulary.startsColumnHeader(ImportTexts.key(rowText(row)))) {
				headerRow = row.getRowNum();
				break;
			}
			if (labels.get(ImportTexts.key(first)) == TemplateField.KIND) {
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
			readAsText(sheet, tables, notes);
			return;
		}
		ImportedTable table = new ImportedTable();
		table.sheet = name;
		table.line = 1;
		int index = tables.size() + 1;
		Cells cells = new Cells(sheet, index, notes);
		readHeader(sheet, headerRow, table, cells);
		readRows(sheet, headerRow, table, cells);
		if (table.year == null) {
			notes.cellError(index, name, 1, "B", "imports.error.cellMissing", "imports.template.field.YEAR");
		}
		if (table.rows.isEmpty()) {
			notes.cellError(index, name, headerRow + 2, "A", "imports.error.noRows");
		}
		if (table.rows.size() > DisclosureParser.MAX_ROWS) {
			notes.cellError(index, name, headerRow + 2, "A", "imports.error.tooManyRows", table.rows.size(),
					DisclosureParser.MAX_ROWS);
		}
		if (table.kind == TableKind.PROJECT && table.totalFunds != null && table.fiscalFunds != null
				&& table.otherFunds != null && table.totalFunds.compareTo(table.fiscalFunds.add(table.otherFunds)) != 0) {
			notes.warn(index, 1, "imports.warn.fundsDisagree", table.totalFunds, table.fiscalFunds, table.otherFunds);
		}
		Limits.check(table, index, notes);
		tables.add(table);
	}

	private static boolean isHelp(Sheet sheet) {
		return sheet.getWorkbook().getSheetIndex(sheet) == 0 && sheet.getLastRowNum() < 60;
	}

	private void readHeader(Sheet sheet, int headerRow, ImportedTable t, Cells cells) {
		for (int r = 0; r < headerRow; r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Cell labelCell = firstCell(row);
			if (labelCell == null) {
				continue;
			}
			String label = ImportTexts.key(cells.text(labelCell));
			TableKind titleKind = kinds.get(label);
			if (titleKind != null) {
				t.kind = titleKind;
				continue;
			}
			TemplateField field = labels.get(label);
			if (field == null) {
				continue;
			}
			Cell valueCell = row.getCell(labelCell.getColumnIndex() + 1);
			String value = valueCell == null ? "" : cells.text(valueCell).strip();
			switch (field) {
				case KIND -> {
					TableKind kind = kinds.get(ImportTexts.key(value));
					if (kind == null && !value.isEmpty()) {
						cells.error(valueCell, "imports.error.cellKind", value);
					}
					t.kind = kind == null ? t.kind : kind;
				}
				case YEAR -> {
					BigDecimal year = cells.number(valueCell, field.labelCode());
					if (year != null && (year.scale() > 0 && year.stripTrailingZeros().scale() > 0
							|| year.intValue() < 2000 || year.intValue() > 2100)) {
						cells.error(valueCell, "imports.error.cellYear", value);
					}
					else if (year != null) {
						t.year = year.intValue();
					}
				}
				case BUDGET_UNIT -> t.budgetUnit = blankToNull(value);
				case PROJECT_NAME -> t.projectName = blankToNull(value);
				case PROJECT_LEAD -> t.projectLead = blankToNull(value);
				case IMPLEMENTING_UNIT -> t.implementingUnit = blankToNull(value);
				case CONTACT -> t.contactPerson = blankToNull(value);
				case PHONE -> t.contactPhone = blankToNull(value);
				case TOTAL -> t.totalFunds = cells.amount(valueCell, field.labelCode());
				case FISCAL -> t.fiscalFunds = cells.amount(valueCell, field.labelCode());
				case UPPER -> t.fiscalUpper = cells.amount(valueCell, field.labelCode());
				case LOCAL -> t.fiscalLocal = cells.amount(valueCell, field.labelCode());
				case OTHER -> t.otherFunds = cells.amount(valueCell, field.labelCode());
				case GOAL -> t.overallGoal = blankToNull(value);
			}
		}
	}

	private void readRows(Sheet sheet, int headerRow, ImportedTable t, Cells cells) {
		Row header = sheet.getRow(headerRow);
		Map<Role, Integer> columns = new EnumMap<>(Role.class);
		Map<Integer, String> titles = new LinkedHashMap<>();
		for (Cell cell : header) {
			String title = ImportTexts.key(cells.text(cell));
			if (title.isEmpty()) {
				continue;
			}
			Role role = Vocabulary.COLUMNS.get(title);
			if (role == null || role == Role.LABEL) {
				cells.warning(cell, "imports.warn.unknownColumn", cells.text(cell));
				continue;
			}
			columns.putIfAbsent(role, cell.getColumnIndex());
			titles.put(cell.getColumnIndex(), cells.text(cell).strip());
		}
		for (Role required : List.of(Role.NAME, Role.VALUE)) {
			if (!columns.containsKey(required)) {
				cells.error(header.getCell(header.getFirstCellNum()), "imports.error.columnMissing",
						"imports.column." + required.name());
			}
		}
		t.format = columns.containsKey(Role.WEIGHT) ? TableFormat.CURRENT : TableFormat.Y2020;
		String level1 = "";
		String level2 = "";
		for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || rowText(row).isBlank()) {
				continue;
			}
			Map<Role, String> values = new EnumMap<>(Role.class);
			for (Map.Entry<Role, Integer> column : columns.entrySet()) {
				if (column.getKey() == Role.WEIGHT) {
					continue;
				}
				Cell cell = row.getCell(column.getValue());
				values.put(column.getKey(), cell == null ? "" : cells.text(cell).strip());
			}
			String ownLevel1 = values.getOrDefault(Role.LEVEL1, "");
			String ownLevel2 = values.getOrDefault(Role.LEVEL2, "");
			if (!ownLevel1.isEmpty() && !ownLevel1.equals(level1)) {
				level2 = "";
			}
			level1 = ownLevel1.isEmpty() ? level1 : ownLevel1;
			level2 = ownLevel2.isEmpty() ? level2 : ownLevel2;
			if (ownLevel1.isEmpty() || ownLevel2.isEmpty()) {
				cells.notes.tally(cells.table, r + 1, "imports.warn.mergedCells", null);
			}
			BigDecimal weight = null;
			if (columns.containsKey(Role.WEIGHT)) {
				Cell cell = row.getCell(columns.get(Role.WEIGHT));
				weight = cells.number(cell, "imports.column.WEIGHT");
				if (weight != null && (weight.signum() < 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0
						|| weight.stripTrailingZeros().scale() > 2)) {
					cells.error(cell, "imports.error.cellWeight", weight.toPlainString());
					weight = null;
				}
			}
			String name = values.getOrDefault(Role.NAME, "");
			String value = values.getOrDefault(Role.VALUE, "");
			if (name.isEmpty()) {
				cells.error(row.getCell(columns.getOrDefault(Role.NAME, 0)), "imports.error.cellMissing",
						"imports.column.NAME");
			}
			if (value.isEmpty()) {
				cells.notes.cellWarning(cells.table, sheet.getSheetName(), r + 1,
						CellReference.convertNumToColString(columns.getOrDefault(Role.VALUE, 0)),
						"imports.warn.valueMissing", name);
			}
			t.rows.add(new ImportedRow(level1, level2, name, value, blankToNull(values.get(Role.BASIS)),
					blankToNull(values.get(Role.LAST_YEAR)), weight, blankToNull(values.get(Role.SCORING)),
					blankToNull(values.get(Role.EVIDENCE)), r + 1));
		}
	}

	/** A sheet that is not the template (a table pasted into Excel): its rows as tab-separated text. */
	private void readAsText(Sheet sheet, List<ImportedTable> tables, Notes notes) {
		int index = tables.size();
		Cells cells = new Cells(sheet, index + 1, notes);
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

	private String firstText(Row row) {
		Cell cell = firstCell(row);
		return cell == null ? "" : formatter.formatCellValue(cell);
	}

	private static Cell firstCell(Row row) {
		for (Cell cell : row) {
			if (cell.getCellType() != CellType.BLANK
					&& !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
				return cell;
			}
		}
		return null;
	}

	private String rowText(Row row) {
		StringBuilder text = new StringBuilder();
		for (Cell cell : row) {
			if (cell.getCellType() == CellType.STRING) {
				text.append(cell.getStringCellValue());
			}
			else if (cell.getCellType() == CellType.NUMERIC) {
				text.append(formatter.formatCellValue(cell));
			}
			else if (cell.getCellType() == CellType.FORMULA) {
				text.append('=');
			}
		}
		return text.toString();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Reading cells of one sheet, each problem noted at its sheet, row and column. */
	private final class Cells {

		private final Sheet sheet;

		private final int table;

		private final Notes notes;

		Cells(Sheet sheet, int table, Notes notes) {
			this.sheet = sheet;
			this.table = table;
			this.notes = notes;
		}

		/** The text a cell shows; a formula gives its cached result, never a new evaluation. */
		String text(Cell cell) {
			Cell source = mergedOrigin(cell);
			return switch (source.getCellType()) {
				case STRING -> source.getStringCellValue();
				case NUMERIC -> formatter.formatCellValue(source);
				case BOOLEAN -> String.valueOf(source.getBooleanCellValue());
				case FORMULA -> formula(source);
				case ERROR -> {
					error(source, "imports.error.cellError");
					yield "";
				}
				default -> "";
			};
		}

		/** A merged region reads as its first cell. */
		private Cell mergedOrigin(Cell cell) {
			for (CellRangeAddress region : sheet.getMergedRegions()) {
				if (region.isInRange(cell) && (region.getFirstRow() != cell.getRowIndex()
						|| region.getFirstColumn() != cell.getColumnIndex())) {
					Row row = sheet.getRow(region.getFirstRow());
					Cell first = row == null ? null : row.getCell(region.getFirstColumn());
					return first == null ? cell : first;
				}
			}
			return cell;
		}

		private String formula(Cell cell) {
			String formula = cell.getCellFormula();
			if (formula.contains("[") || formula.toUpperCase(Locale.ROOT).contains("WEBSERVICE")) {
				error(cell, "imports.error.externalFormula", formula);
				return "";
			}
			String result = switch (cell.getCachedFormulaResultType()) {
				case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
						cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
				case STRING -> cell.getStringCellValue();
				case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
				default -> null;
			};
			if (result == null) {
				error(cell, "imports.error.formulaWithoutResult", formula);
				return "";
			}
			notes.cellWarning(table, sheet.getSheetName(), cell.getRowIndex() + 1, column(cell),
					"imports.warn.formulaCached", ref(cell), result);
			return result;
		}

		/** A number from a numeric cell or from text that is one; other text is an error at the cell. */
		BigDecimal number(Cell cell, String field) {
			if (cell == null) {
				return null;
			}
			Cell source = mergedOrigin(cell);
			if (source.getCellType() == CellType.NUMERIC) {
				return ImportTexts.plain(source.getNumericCellValue());
			}
			if (source.getCellType() == CellType.FORMULA && source.getCachedFormulaResultType() == CellType.NUMERIC
					&& !source.getCellFormula().contains("[")) {
				notes.cellWarning(table, sheet.getSheetName(), source.getRowIndex() + 1, column(source),
						"imports.warn.formulaCached", ref(source), source.getNumericCellValue());
				return ImportTexts.plain(source.getNumericCellValue());
			}
			String text = text(source).strip();
			if (text.isEmpty()) {
				return null;
			}
			BigDecimal amount = ImportTexts.amount(text);
			if (amount == null) {
				error(source, "imports.error.cellNotNumber", field, ImportTexts.shorten(text));
			}
			return amount;
		}

		/** An amount in 万元: more than two decimals are kept as a draft takes them, rounded, and noted. */
		BigDecimal amount(Cell cell, String field) {
			BigDecimal amount = number(cell, field);
			if (amount != null && amount.stripTrailingZeros().scale() > 2) {
				warning(cell, "imports.warn.amountRounded", amount.toPlainString(),
						amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
			}
			return amount;
		}

		void error(Cell cell, String code, Object... args) {
			int row = cell == null ? 1 : cell.getRowIndex() + 1;
			notes.cellError(table, sheet.getSheetName(), row, cell == null ? "A" : column(cell), code, args);
		}

		void warning(Cell cell, String code, Object... args) {
			notes.cellWarning(table, sheet.getSheetName(), cell.getRowIndex() + 1, column(cell), code, args);
		}

		private String column(Cell cell) {
			return CellReference.convertNumToColString(cell.getColumnIndex());
		}

		private String ref(Cell cell) {
			return column(cell) + (cell.getRowIndex() + 1);
		}
	}
}
