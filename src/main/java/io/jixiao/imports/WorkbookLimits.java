package io.jixiao.imports;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * How much a workbook may hold before POI loads it: POI's workbook model keeps every cell and shared string as
 * objects (about 450 bytes a cell, 380 a string), so 780,000 strings in a 2 MB file took 280 MB of heap. One
 * streaming pass over the zip counts the unpacked bytes, shared strings, rows and cells with constant memory and
 * refuses (413) what exceeds the limits; a real workbook of 31 tables holds 9,249 cells and 490 strings. Damaged or
 * hostile XML is left to {@link WorkbookPackage}, which names what is wrong.
 */
final class WorkbookLimits {

	/** Bytes of all parts together, unpacked. */
	static final long MAX_UNPACKED_BYTES = 10L * 1024 * 1024;

	static final int MAX_SHARED_STRINGS = 50_000;

	static final int MAX_CELLS = 50_000;

	/** Row elements of all sheets together. */
	static final int MAX_ROWS = 20_000;

	private static final XMLInputFactory XML = XMLInputFactory.newFactory();

	static {
		XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		XML.setProperty(XMLInputFactory.IS_COALESCING, false);
	}

	private long unpacked;

	private int strings;

	private int cells;

	private int rows;

	private final String name;

	private WorkbookLimits(String name) {
		this.name = name;
	}

	/** Checks every upload that is a workbook; one of a type the import does not read is left to the reader. */
	static void check(java.util.List<Upload> uploads) {
		for (Upload upload : uploads) {
			Upload.Type type;
			try {
				type = upload.type();
			}
			catch (io.jixiao.system.InvalidInputException e) {
				continue;
			}
			if (type == Upload.Type.WORKBOOK) {
				check(upload);
			}
		}
	}

	/** Refuses a workbook over a limit with {@link TooLarge}; anything else about it is left to the reader. */
	static void check(Upload upload) {
		WorkbookLimits limits = new WorkbookLimits(WorkbookPackage.name(upload));
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload.bytes()))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				limits.part(entry.getName(), limits.counted(zip));
			}
		}
		catch (IOException | IllegalArgumentException | XMLStreamException e) {
			// a damaged zip or XML: the reader refuses it with its own message
		}
	}

	private void part(String part, InputStream in) throws IOException, XMLStreamException {
		if (part.equals("xl/sharedStrings.xml")) {
			count(in, false);
		}
		else if (part.startsWith("xl/worksheets/") && part.endsWith(".xml")) {
			count(in, true);
		}
		else {
			in.transferTo(java.io.OutputStream.nullOutputStream());
		}
	}

	/** Counts the strings or the rows and cells of a part; a DOCTYPE stops the count (the reader refuses it). */
	private void count(InputStream in, boolean sheet) throws XMLStreamException {
		XMLStreamReader xml = XML.createXMLStreamReader(in);
		try {
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.DTD) {
					return;
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					count(xml.getLocalName(), sheet);
				}
			}
		}
		finally {
			xml.close();
		}
	}

	private void count(String element, boolean sheet) {
		if (!sheet && element.equals("si") && ++strings > MAX_SHARED_STRINGS) {
			throw new TooLarge("imports.error.workbookStrings", name, MAX_SHARED_STRINGS);
		}
		if (sheet && element.equals("c") && ++cells > MAX_CELLS) {
			throw new TooLarge("imports.error.workbookCells", name, MAX_CELLS);
		}
		if (sheet && element.equals("row") && ++rows > MAX_ROWS) {
			throw new TooLarge("imports.error.workbookRows", name, MAX_ROWS);
		}
	}

	/** The entry's bytes, counted against {@link #MAX_UNPACKED_BYTES} as they are inflated. */
	private InputStream counted(InputStream zip) {
		return new FilterInputStream(zip) {

			@Override
			public int read() throws IOException {
				int b = super.read();
				add(b < 0 ? 0 : 1);
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				add(Math.max(n, 0));
				return n;
			}

			@Override
			public void close() {
				// the zip stays open for its next entry
			}
		};
	}

	private void add(int bytes) {
		unpacked += bytes;
		if (unpacked > MAX_UNPACKED_BYTES) {
			throw new TooLarge("imports.error.workbookUnpacked", name, MAX_UNPACKED_BYTES / 1024 / 1024);
		}
	}

	/** A workbook over a limit of this class: 413 with the limit named. */
	static final class TooLarge extends io.jixiao.system.MessageException {

		TooLarge(String code, Object... args) {
			super(code, args);
		}
	}
}
