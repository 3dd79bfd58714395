package io.jixiao.imports;

import io.jixiao.system.InvalidInputException;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opening an uploaded .xlsx: what the file is is decided from its container before POI parses any XML, and every way
 * POI refuses a file (zip bomb, XML entities, encryption, damage) becomes a message the uploader can act on.
 */
final class WorkbookPackage {

	private WorkbookPackage() {
	}

	static XSSFWorkbook open(Upload upload) {
		checkPackage(upload);
		WorkbookLimits.check(upload);
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(upload.bytes()));
		}
		catch (Exception e) {
			throw unreadable(upload, e);
		}
	}

	/** The upload's name for a message: empty for a nameless upload. */
	static String name(Upload upload) {
		return upload.name() == null ? "" : upload.name();
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
	static InvalidInputException unreadable(Upload upload, Throwable e) {
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
}
