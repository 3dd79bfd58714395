package io.jixiao.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks for tests: the template of some seed tables, edited, and the bad files an importer must refuse. */
final class Workbooks {

	private Workbooks() {
	}

	static final WorkbookWriter WRITER = new WorkbookWriter(Seeds.bundle());

	static final WorkbookReader READER = new WorkbookReader(Seeds.bundle());

	/** The template holding the tables of a seed. */
	static byte[] of(String seed) {
		return WRITER.write(DisclosureParser.parse(Seeds.text(seed)).tables());
	}

	/** A template of seed 001's cleaning table (sheet 2, "表1 保洁用品项目"), edited with POI. */
	static byte[] edited(Consumer<Sheet> edit) {
		List<ImportedTable> tables = List.of(DisclosureParser.parse(Seeds.text(Seeds.S001)).tables().get(1));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(WRITER.write(tables)));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			edit.accept(workbook.getSheetAt(1));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * A 2 MB template of seed 002 whose shared-strings part holds {@code count} more distinct strings: the workbook
	 * that took 435 MB of memory per upload before {@link WorkbookLimits}.
	 */
	static byte[] manyStrings(int count) {
		return replacePart(of(Seeds.S002), "xl/sharedStrings.xml", xml -> {
			String text = new String(xml, StandardCharsets.UTF_8);
			int end = text.lastIndexOf("</sst>");
			StringBuilder more = new StringBuilder(text.length() + count * 24).append(text, 0, end);
			for (int i = 0; i < count; i++) {
				more.append("<si><t>").append(1_000_000 + i).append("</t></si>");
			}
			return more.append("</sst>").toString().getBytes(StandardCharsets.UTF_8);
		});
	}

	/** A template of seed 002 whose second sheet has {@code rows} more rows of {@code columns} number cells. */
	static byte[] manyCells(int rows, int columns) {
		return replacePart(of(Seeds.S002), "xl/worksheets/sheet2.xml", xml -> {
			StringBuilder more = new StringBuilder();
			for (int r = 1000; r < 1000 + rows; r++) {
				more.append("<row r=\"").append(r).append("\">");
				for (int c = 0; c < columns; c++) {
					more.append("<c t=\"n\"><v>").append(c).append("</v></c>");
				}
				more.append("</row>");
			}
			return new String(xml, StandardCharsets.UTF_8).replace("</sheetData>", more + "</sheetData>")
				.getBytes(StandardCharsets.UTF_8);
		});
	}

	/**
	 * The heaviest workbook the limits let through: a template of seed 002 whose second sheet has {@code rows} more
	 * rows of {@code columns} text cells, each its own shared string.
	 */
	static byte[] nearTheLimits(int rows, int columns) {
		byte[] cells = manyCells(rows, columns);
		int[] first = new int[1];
		byte[] strings = replacePart(cells, "xl/sharedStrings.xml", xml -> {
			String text = new String(xml, StandardCharsets.UTF_8);
			first[0] = text.split("<si>", -1).length - 1;
			StringBuilder more = new StringBuilder(text.length() + rows * columns * 24);
			more.append(text, 0, text.lastIndexOf("</sst>"));
			for (int i = 0; i < rows * columns; i++) {
				more.append("<si><t>指标").append(1_000_000 + i).append("</t></si>");
			}
			return more.append("</sst>").toString().getBytes(StandardCharsets.UTF_8);
		});
		return replacePart(strings, "xl/worksheets/sheet2.xml", xml -> {
			String text = new String(xml, StandardCharsets.UTF_8);
			StringBuilder shared = new StringBuilder(text.length());
			int next = first[0];
			int at = 0;
			for (int i = text.indexOf("<c t=\"n\"><v>"); i >= 0; i = text.indexOf("<c t=\"n\"><v>", at)) {
				int end = text.indexOf("</v>", i);
				shared.append(text, at, i).append("<c t=\"s\"><v>").append(next++);
				at = end;
			}
			return shared.append(text, at, text.length()).toString().getBytes(StandardCharsets.UTF_8);
		});
	}

	/** The same zip with one part replaced. */
	static byte[] replacePart(byte[] xlsx, String part, UnaryOperator<byte[]> change) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(entry.getName().equals(part) ? change.apply(content) : content);
				out.closeEntry();
			}
			out.finish();
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A zip of the given parts: a .docx renamed .xlsx and the like. */
	static byte[] zip(String... namesAndContents) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				out.putNextEntry(new ZipEntry(namesAndContents[i]));
				out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
			out.finish();
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
