package io.jixiao.imports;

import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Reading the cells of one sheet for {@link WorkbookReader}: the text a cell shows (a merged region as its first
 * cell, a formula as its cached result, never evaluated), numbers and amounts, each problem noted at its sheet, row
 * and column.
 */
final class SheetCells {

	private final Sheet sheet;

	private final int table;

	private final Notes notes;

	private final DataFormatter formatter;

	SheetCells(Sheet sheet, int table, Notes notes, DataFormatter formatter) {
		this.sheet = sheet;
		this.table = table;
		this.notes = notes;
		this.formatter = formatter;
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

	/** The text of the first cell of a row that has any, as shown. */
	String firstText(Row row) {
		Cell cell = firstCell(row);
		return cell == null ? "" : formatter.formatCellValue(cell);
	}

	static Cell firstCell(Row row) {
		for (Cell cell : row) {
			if (cell.getCellType() != CellType.BLANK
					&& !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
				return cell;
			}
		}
		return null;
	}

	/** A row's text and numbers run together (a formula as "="): enough to recognize a column header or a blank row. */
	String rowText(Row row) {
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

	void error(Cell cell, String code, Object... args) {
		int row = cell == null ? 1 : cell.getRowIndex() + 1;
		notes.cellError(table, sheet.getSheetName(), row, cell == null ? "A" : column(cell), code, args);
	}

	void warning(Cell cell, String code, Object... args) {
		notes.cellWarning(table, sheet.getSheetName(), cell.getRowIndex() + 1, column(cell), code, args);
	}

	/** A warning at a row and column that may have no cell. */
	void warning(int row, int column, String code, Object... args) {
		notes.cellWarning(table, sheet.getSheetName(), row, CellReference.convertNumToColString(column), code, args);
	}

	/** A repair that recurs row after row, counted into one warning per table (see {@link Notes#tally}). */
	void tally(int row, String code) {
		notes.tally(table, row, code, null);
	}

	private static String column(Cell cell) {
		return CellReference.convertNumToColString(cell.getColumnIndex());
	}

	private static String ref(Cell cell) {
		return column(cell) + (cell.getRowIndex() + 1);
	}
}
