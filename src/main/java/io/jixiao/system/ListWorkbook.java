package io.jixiao.system;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list (tables, tasks, the board) as a workbook with the same rows as its JSON: a bold header row, then one row per
 * item; numbers as numbers, text as the exports write it ({@link SheetText}: a leading = stays text).
 */
public final class ListWorkbook {

	private ListWorkbook() {
	}

	/** Whether the request asks for the workbook: {@code format=xlsx}, or an Accept header naming its type. */
	public static boolean wanted(HttpServletRequest request) {
		if ("xlsx".equals(request.getParameter("format"))) {
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null
				&& MediaType.parseMediaTypes(accept).stream().anyMatch(Downloads.XLSX::equalsTypeAndSubtype);
	}

	/** The workbook as an attachment named {@code name}.xlsx. */
	public static ResponseEntity<byte[]> attachment(String name, List<String> headers, List<List<Object>> rows) {
		return Downloads.xlsx(name, write(name, headers, rows));
	}

	static byte[] write(String name, List<String> headers, List<List<Object>> rows) {
		try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(name));
			SheetText text = new SheetText(book);
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellStyle(bold);
				text.write(cell, headers.get(c));
				// CJK text is about two characters wide
				sheet.setColumnWidth(c, Math.min(60, Math.max(10, headers.get(c).length() * 3)) * 256);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					Cell cell = row.createCell(c);
					if (value instanceof Number number) {
						cell.setCellValue(number instanceof BigDecimal d ? d.doubleValue() : number.doubleValue());
					}
					else if (value != null) {
						text.write(cell, String.valueOf(value));
					}
				}
			}
			sheet.createFreezePane(0, 1);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
