package io.jixiao.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.jixiao.system.PlainText;
import io.jixiao.system.SheetText;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an official grid into a workbook: title and year above, the cells with their merged regions and thin
 * borders, amounts as numbers with two decimals, A4 landscape fitted to one page wide.
 */
public final class XlsxExport {

	/** Width of one unit of {@link Grid#widths()} in 1/256 of a character: CJK text is about two characters wide. */
	private static final int WIDTH_UNIT = 512;
	private static final float LINE_POINTS = 15f;

	private XlsxExport() {
	}

	/** One sheet for the grid, with an optional closing paragraph below it (the statement under the summary). */
	public static byte[] write(Grid grid, String closing) {
		try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(PlainText.clean(grid.title())));
			Styles styles = new Styles(book, grid.grouped());
			int columns = grid.columns();
			for (int c = 0; c < columns; c++) {
				sheet.setColumnWidth(c, grid.widths().get(c) * WIDTH_UNIT);
			}
			int r = 0;
			r = banner(sheet, r, grid.title(), styles.title, columns, 24f);
			if (grid.caption() != null) {
				r = banner(sheet, r, grid.caption(), styles.caption, columns, LINE_POINTS);
			}
			if (grid.note() != null) {
				r = banner(sheet, r, grid.note(), styles.note, columns, LINE_POINTS);
			}
			int gridTop = r;
			r = cells(sheet, r, grid, styles);
			if (closing != null && !closing.isBlank()) {
				banner(sheet, r + 1, closing, styles.paragraph, columns,
						LINE_POINTS * lines(closing, totalWidth(grid)));
			}
			if (grid.headRows() > 0) {
				sheet.setRepeatingRows(new CellRangeAddress(gridTop, gridTop + grid.headRows() - 1, -1, -1));
			}
			PrintSetup print = sheet.getPrintSetup();
			print.setLandscape(true);
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			sheet.setFitToPage(true);
			sheet.setHorizontallyCenter(true);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static int banner(Sheet sheet, int r, String text, CellStyle style, int columns, float height) {
		Row row = sheet.createRow(r);
		row.setHeightInPoints(height);
		Cell cell = row.createCell(0);
		cell.setCellValue(PlainText.clean(text));
		cell.setCellStyle(style);
		if (columns > 1) {
			sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
		}
		return r + 1;
	}

	/** Places each cell at the next free column of its row, HTML-style, and merges its span. */
	private static int cells(Sheet sheet, int top, Grid grid, Styles styles) {
		int columns = grid.columns();
		boolean[][] taken = new boolean[grid.rows().size()][columns];
		float[] heights = new float[grid.rows().size()];
		for (int i = 0; i < grid.rows().size(); i++) {
			Row row = sheet.getRow(top + i) != null ? sheet.getRow(top + i) : sheet.createRow(top + i);
			int c = 0;
			for (Grid.Cell cell : grid.rows().get(i).cells()) {
				while (c < columns && taken[i][c]) {
					c++;
				}
				if (c >= columns) {
					break; // a malformed grid: never write past the table
				}
				int lastRow = Math.min(i + cell.rowspan(), grid.rows().size()) - 1;
				int lastColumn = Math.min(c + cell.colspan(), columns) - 1;
				CellStyle style = styles.of(cell);
				for (int rr = i; rr <= lastRow; rr++) {
					Row spanned = sheet.getRow(top + rr) != null ? sheet.getRow(top + rr) : sheet.createRow(top + rr);
					for (int cc = c; cc <= lastColumn; cc++) {
						taken[rr][cc] = true;
						Cell blank = spanned.getCell(cc) != null ? spanned.getCell(cc) : spanned.createCell(cc);
						blank.setCellStyle(style);
					}
				}
				Cell target = row.getCell(c);
				if (cell.number() != null) {
					target.setCellValue(cell.number().doubleValue());
				}
				else {
					styles.text.write(target, cell.text());
				}
				if (lastRow > i || lastColumn > c) {
					sheet.addMergedRegion(new CellRangeAddress(top + i, top + lastRow, c, lastColumn));
				}
				if (lastRow == i) {
					int width = 0;
					for (int cc = c; cc <= lastColumn; cc++) {
						width += grid.widths().get(cc);
					}
					heights[i] = Math.max(heights[i], lines(cell.text(), width) * LINE_POINTS);
				}
				c = lastColumn + 1;
			}
		}
		for (int i = 0; i < heights.length; i++) {
			sheet.getRow(top + i).setHeightInPoints(Math.max(LINE_POINTS + 3, heights[i] + 3));
		}
		return top + grid.rows().size();
	}

	/** Lines a text takes in a cell of the given width (in units of two characters), counting CJK as two. */
	private static int lines(String text, int width) {
		if (text == null || text.isEmpty()) {
			return 1;
		}
		int columns = Math.max(1, width * 2 - 1);
		int used = text.codePoints().map(cp -> cp < 0x2E80 ? 1 : 2).sum();
		return Math.max(1, (used + columns - 1) / columns);
	}

	private static int totalWidth(Grid grid) {
		return grid.widths().stream().mapToInt(Integer::intValue).sum();
	}

	/** One cell style per grid style, plus the banners; a workbook may hold only so many styles. */
	private static final class Styles {

		final CellStyle title;
		final CellStyle caption;
		final CellStyle note;
		final CellStyle paragraph;
		private final Map<Grid.Style, CellStyle> cells = new EnumMap<>(Grid.Style.class);
		/** Writes text cells safely (clean, formulas kept as text). */
		final SheetText text;

		Styles(Workbook book, boolean grouped) {
			this.text = new SheetText(book);
			Font plain = font(book, false, 10);
			Font bold = font(book, true, 10);
			title = book.createCellStyle();
			title.setFont(font(book, true, 16));
			title.setAlignment(HorizontalAlignment.CENTER);
			title.setVerticalAlignment(VerticalAlignment.CENTER);
			caption = book.createCellStyle();
			caption.setFont(plain);
			caption.setAlignment(HorizontalAlignment.CENTER);
			note = book.createCellStyle();
			note.setFont(plain);
			note.setAlignment(HorizontalAlignment.RIGHT);
			paragraph = book.createCellStyle();
			paragraph.setFont(plain);
			paragraph.setWrapText(true);
			paragraph.setVerticalAlignment(VerticalAlignment.TOP);
			for (Grid.Style style : Grid.Style.values()) {
				CellStyle cell = bordered(book);
				boolean strong = style == Grid.Style.LABEL || style == Grid.Style.HEAD || style == Grid.Style.LEVEL
						|| style == Grid.Style.TOTAL;
				cell.setFont(strong ? bold : plain);
				cell.setAlignment(switch (style) {
					case HEAD, LEVEL, LABEL, TOTAL, CENTER -> HorizontalAlignment.CENTER;
					case NUMBER -> HorizontalAlignment.RIGHT;
					default -> HorizontalAlignment.LEFT;
				});
				cell.setVerticalAlignment(style == Grid.Style.GOAL ? VerticalAlignment.TOP : VerticalAlignment.CENTER);
				if (style == Grid.Style.HEAD || style == Grid.Style.LABEL) {
					// the light paper tone of the page's label cells (#f2efe8)
					((XSSFCellStyle) cell).setFillForegroundColor(
							new XSSFColor(new byte[] { (byte) 0xF2, (byte) 0xEF, (byte) 0xE8 }, null));
					cell.setFillPattern(FillPatternType.SOLID_FOREGROUND);
				}
				if (style == Grid.Style.NUMBER) {
					cell.setDataFormat(book.createDataFormat().getFormat(grouped ? "#,##0.00" : "0.00"));
				}
				cells.put(style, cell);
			}
		}

		CellStyle of(Grid.Cell cell) {
			return cells.get(cell.style());
		}


		private static CellStyle bordered(Workbook book) {
			CellStyle style = book.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setWrapText(true);
			return style;
		}

		private static Font font(Workbook book, boolean bold, int points) {
			Font font = book.createFont();
			font.setFontName("SimSun");
			font.setBold(bold);
			font.setFontHeightInPoints((short) points);
			return font;
		}
	}
}
