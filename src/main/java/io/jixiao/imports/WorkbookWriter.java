package io.jixiao.imports;

import io.jixiao.checks.TableKind;
import io.jixiao.system.PlainText;
import io.jixiao.system.SheetText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes tables into the import template: a sheet per table with the header block (label, value) and the
 * indicator columns, plus a sheet of instructions. {@link WorkbookReader} reads the same layout back.
 */
@Component
class WorkbookWriter {

	/** Rows of the indicator part left open in an empty template. */
	private static final int EMPTY_ROWS = 30;

	private final MessageSource messages;

	WorkbookWriter(MessageSource messages) {
		this.messages = messages;
	}

	/** A workbook with the given tables, one sheet each; an empty table gives an empty template sheet. */
	byte[] write(List<ImportedTable> tables) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			help(workbook, styles);
			Set<String> names = new HashSet<>();
			int number = 0;
			for (ImportedTable table : tables) {
				number++;
				sheet(workbook, styles, table, sheetName(number, table, names));
			}
			workbook.setActiveSheet(tables.isEmpty() ? 0 : 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String sheetName(int number, ImportedTable table, Set<String> used) {
		String base = text("imports.template.sheet", number);
		String title = PlainText.clean(table.title());
		String name = WorkbookUtil.createSafeSheetName(title.isBlank() ? base : base + " " + title);
		name = name.length() > 31 ? name.substring(0, 31) : name;
		while (!used.add(name.toLowerCase(Locale.ROOT))) {
			name = WorkbookUtil.createSafeSheetName(base + "-" + used.size());
		}
		return name;
	}

	private void help(XSSFWorkbook workbook, Styles styles) {
		Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(text("imports.template.help.sheet")));
		sheet.setColumnWidth(0, 110 * 256);
		Cell title = sheet.createRow(0).createCell(0);
		title.setCellValue(text("imports.template.help.title"));
		title.setCellStyle(styles.title);
		String[] lines = text("imports.template.help.text").split("\\|");
		for (int i = 0; i < lines.length; i++) {
			Cell cell = sheet.createRow(i + 2).createCell(0);
			cell.setCellValue(lines[i].strip());
			cell.setCellStyle(styles.wrap);
		}
	}

	private void sheet(XSSFWorkbook workbook, Styles styles, ImportedTable table, String name) {
		Sheet sheet = workbook.createSheet(name);
		int[] widths = { 14, 18, 34, 16, 16, 14, 12, 20, 18 };
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		Row titleRow = sheet.createRow(0);
		titleRow.setHeightInPoints(24);
		Cell title = titleRow.createCell(0);
		title.setCellValue(text("imports.template.title." + table.kind.name()));
		title.setCellStyle(styles.title);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, TemplateField.COLUMNS.size() - 1));
		int r = 1;
		for (TemplateField field : TemplateField.values()) {
			Row row = sheet.createRow(r);
			Cell label = row.createCell(0);
			label.setCellValue(text(field.labelCode()));
			label.setCellStyle(styles.label);
			Cell value = row.createCell(1);
			value.setCellStyle(field == TemplateField.GOAL ? styles.wrap : field.isAmount() ? styles.money : styles.text);
			fill(value, field, table, styles);
			sheet.addMergedRegion(new CellRangeAddress(r, r, 1, TemplateField.COLUMNS.size() - 1));
			if (field == TemplateField.GOAL) {
				row.setHeightInPoints(60);
			}
			r++;
		}
		r++;
		Row header = sheet.createRow(r);
		for (int c = 0; c < TemplateField.COLUMNS.size(); c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(text("imports.column." + TemplateField.COLUMNS.get(c).name()));
			cell.setCellStyle(styles.header);
		}
		int first = r + 1;
		for (ImportedRow row : table.rows) {
			r++;
			Row line = sheet.createRow(r);
			String[] cells = { row.level1(), row.level2(), row.name(), row.value(), row.basis(), row.lastYearValue(),
					null, row.scoringRule(), row.evidence() };
			for (int c = 0; c < cells.length; c++) {
				Cell cell = line.createCell(c);
				cell.setCellStyle(styles.text);
				if (c == 6) {
					if (row.weight() != null) {
						cell.setCellValue(row.weight().doubleValue());
					}
					cell.setCellStyle(styles.number);
				}
				else if (cells[c] != null) {
					set(cell, cells[c], styles);
				}
			}
		}
		int last = Math.max(r, first + EMPTY_ROWS - 1);
		for (int i = r + 1; i <= last; i++) {
			Row line = sheet.createRow(i);
			for (int c = 0; c < TemplateField.COLUMNS.size(); c++) {
				line.createCell(c).setCellStyle(c == 6 ? styles.number : styles.text);
			}
		}
		choices(sheet, first, last, 4, "table.options.basis");
		choices(sheet, first, last, 7, "table.options.scoring");
		sheet.createFreezePane(0, first);
	}

	/** A drop-down of the usual words in a column; other text stays allowed (a warning, not an error). */
	private void choices(Sheet sheet, int first, int last, int column, String code) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		String[] options = text(code).split(",");
		DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(options),
				new CellRangeAddressList(first, last, column, column));
		validation.setErrorStyle(DataValidation.ErrorStyle.INFO);
		validation.setShowErrorBox(false);
		sheet.addValidationData(validation);
	}

	private void fill(Cell cell, TemplateField field, ImportedTable t, Styles styles) {
		switch (field) {
			case KIND -> cell.setCellValue(text("imports.template.title." + t.kind.name()));
			case YEAR -> {
				if (t.year != null) {
					cell.setCellValue(t.year);
				}
			}
			case BUDGET_UNIT -> set(cell, t.budgetUnit, styles);
			case PROJECT_NAME -> set(cell, t.kind == TableKind.UNIT ? null : t.projectName, styles);
			case PROJECT_LEAD -> set(cell, t.projectLead, styles);
			case IMPLEMENTING_UNIT -> set(cell, t.implementingUnit, styles);
			case CONTACT -> set(cell, t.contactPerson, styles);
			case PHONE -> set(cell, t.contactPhone, styles);
			case TOTAL -> amount(cell, t.totalFunds);
			case FISCAL -> amount(cell, t.fiscalFunds);
			case UPPER -> amount(cell, t.fiscalUpper);
			case LOCAL -> amount(cell, t.fiscalLocal);
			case OTHER -> amount(cell, t.otherFunds);
			case GOAL -> set(cell, t.overallGoal, styles);
		}
	}

	private static void set(Cell cell, String text, Styles styles) {
		if (text != null) {
			styles.cells.write(cell, text);
		}
	}

	private static void amount(Cell cell, BigDecimal amount) {
		if (amount != null) {
			cell.setCellValue(amount.doubleValue());
		}
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}

	/** The few cell styles of the template. */
	private static final class Styles {

		final CellStyle title;
		final CellStyle label;
		final CellStyle header;
		final CellStyle text;
		final CellStyle wrap;
		final CellStyle money;
		final CellStyle number;
		/** Writes text cells safely (clean, formulas kept as text). */
		final SheetText cells;

		Styles(XSSFWorkbook workbook) {
			this.cells = new SheetText(workbook);
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			title = workbook.createCellStyle();
			title.setFont(big);
			label = bordered(workbook);
			label.setFont(bold);
			label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header = bordered(workbook);
			header.setFont(bold);
			header.setWrapText(true);
			header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			text = bordered(workbook);
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			wrap = bordered(workbook);
			wrap.setWrapText(true);
			wrap.setVerticalAlignment(VerticalAlignment.TOP);
			wrap.setDataFormat(workbook.createDataFormat().getFormat("@"));
			money = bordered(workbook);
			money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
			number = bordered(workbook);
			number.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
		}


		private static CellStyle bordered(XSSFWorkbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			return style;
		}
	}
}
