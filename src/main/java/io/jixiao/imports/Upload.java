package io.jixiao.imports;

import java.util.Locale;

/** One file (or a pasted text) to import: its name as given, if any, and its bytes. */
record Upload(String name, byte[] bytes) {

	/** How the content is read. */
	enum Type {
		TEXT, WORKBOOK
	}

	/** What the name and the first bytes say the content is; a file type the import does not read is refused. */
	Type type() {
		String lower = name == null ? "" : name.toLowerCase(Locale.ROOT).strip();
		boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
		if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
			return Type.WORKBOOK;
		}
		if (lower.endsWith(".xls") || lower.endsWith(".et")) {
			throw new io.jixiao.system.InvalidInputException("imports.error.oldExcel", name);
		}
		if (lower.isEmpty() || lower.endsWith(".txt") || lower.endsWith(".csv") || lower.endsWith(".tsv")
				|| lower.endsWith(".text") || !lower.contains(".")) {
			return zip ? Type.WORKBOOK : Type.TEXT;
		}
		throw new io.jixiao.system.InvalidInputException("imports.error.fileType", name);
	}
}
