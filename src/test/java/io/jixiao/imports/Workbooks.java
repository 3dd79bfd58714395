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
