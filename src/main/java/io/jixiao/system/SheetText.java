package io.jixiao.system;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Text cells of one workbook as every export writes them: clean ({@link PlainText#clean}), and text a spreadsheet
 * would read as a formula given Excel's quote prefix, so it is shown and kept as text and an import reads it back
 * unchanged. One quoted copy of each cell style, made when first needed.
 */
public final class SheetText {

	private final Workbook book;
	private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

	public SheetText(Workbook book) {
		this.book = book;
	}

	/** Writes the text into the cell, whose style is already set. */
	public void write(Cell cell, String text) {
		String clean = PlainText.clean(text);
		cell.setCellValue(clean);
		if (PlainText.looksLikeFormula(clean)) {
			cell.setCellStyle(quoted.computeIfAbsent(cell.getCellStyle(), plain -> {
				CellStyle prefixed = book.createCellStyle();
				prefixed.cloneStyleFrom(plain);
				prefixed.setQuotePrefixed(true);
				return prefixed;
			}));
		}
	}
}
