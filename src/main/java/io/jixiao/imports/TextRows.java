package io.jixiao.imports;

import io.jixiao.checks.TableFormat;
import io.jixiao.checks.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The indicator part of a table found in text by {@link DisclosureParser}: reads its column header (tab-separated,
 * or words without columns), drops what is no table content (separator lines, page numbers, a header repeated at a
 * page break, each noted) and hands the rest to {@link IndicatorReader}. Rows without a column header take the
 * usual layout of their kind.
 */
final class TextRows {

	private static final Pattern SEPARATOR = Pattern.compile("^[\\s\\-—–=_|:：]*[-—–=_]{3,}[\\s\\-—–=_|:：]*$");

	/** A page number the conversion left between rows: "- 3 -", "— 12 —", "第 3 页", "第3页 共9页". */
	private static final Pattern PAGE_NUMBER = Pattern
		.compile("^\\s*(?:[-—–]\\s*\\d{1,4}\\s*[-—–]|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?)\\s*$");

	/** A word that ends a list item: the list goes on in the next word. */
	private static final Pattern LIST_GOES_ON = Pattern.compile("[,，、;；]$");

	/** A unit in brackets after a name ("(次)", "（%）"): never a cell of its own. */
	private static final Pattern UNIT_IN_BRACKETS = Pattern.compile("^[(（][^()（）\\d]{1,4}[)）]$");

	private final List<SourceLine> lines;

	private final Notes notes;

	TextRows(List<SourceLine> lines, Notes notes) {
		this.lines = lines;
		this.notes = notes;
	}

	/**
	 * The rows from line {@code header} (the column header, or the first row when {@code hasHeader} is false) up to
	 * {@code end}; sets the table's format from the layout found.
	 */
	List<ImportedRow> read(int header, boolean hasHeader, int end, TableKind kind, int index, ImportedTable table) {
		if (header >= end) {
			return List.of();
		}
		List<ImportedRow> rows;
		TableLayout layout;
		if (hasHeader && isLabelAlone(lines.get(header))) {
			// the 2020 layout's 绩效指标 column title on a line of its own, above the other titles
			int next = header + 1;
			while (next < end && lines.get(next).isBlank()) {
				next++;
			}
			header = next < end && lines.get(next).isTabbed() ? next : header;
		}
		Boolean frame2020 = Vocabulary.frameOf(cellKeys(header, end));
		boolean tabbed = lines.get(header).isTabbed();
		if (!hasHeader) {
			// rows without their column header: the usual layout of the kind, tabs decide how to cut
			long tabbedLines = lines.subList(header, end).stream().filter(SourceLine::isTabbed).count();
			long textLines = lines.subList(header, end).stream().filter(l -> !l.isBlank()).count();
			tabbed = tabbedLines * 2 >= textLines && tabbedLines > 0;
			TableLayout.Flavour flavour = Boolean.TRUE.equals(frame2020) ? TableLayout.Flavour.Y2020
					: TableLayout.Flavour.CURRENT;
			layout = TableLayout.usual(kind, flavour);
			notes.warn(index, lines.get(header).number(), "imports.warn.noColumnHeader");
			IndicatorReader reader = new IndicatorReader(notes, index, layout);
			rows = tabbed ? reader.readTabbed(dataLines(header, end, index))
					: reader.readStream(tokens(header, end, index));
		}
		else if (tabbed) {
			ColumnHeader.Result result = ColumnHeader.tabbed(lines.subList(header, end), 0, kind, frame2020, notes,
					index);
			layout = result.layout();
			rows = new IndicatorReader(notes, index, layout).readTabbed(dataLines(header + result.lines(), end, index));
		}
		else {
			List<Aligner.Token> tokens = tokens(header, end, index);
			ColumnHeader.StreamResult result = ColumnHeader.stream(tokens, 0, kind, frame2020);
			if (result == null) {
				notes.error(index, lines.get(header).number(), "imports.error.noColumnHeader");
				return List.of();
			}
			layout = result.layout();
			notes.warn(index, lines.get(header).number(), "imports.warn.noColumns");
			List<Aligner.Token> data = withoutRepeatedHeaders(tokens.subList(result.end(), tokens.size()), kind, frame2020,
					index);
			rows = new IndicatorReader(notes, index, layout).readStream(data);
		}
		table.format = layout.format();
		if (layout.flavour() == TableLayout.Flavour.Y2020) {
			table.format = TableFormat.Y2020;
		}
		return rows;
	}

	/** Whether a line carries no table content: blank, a separator line or a page number (the last two noted). */
	private boolean isNoise(SourceLine line, int index) {
		if (line.isBlank()) {
			return true;
		}
		if (SEPARATOR.matcher(line.text()).matches()) {
			notes.warn(index, line.number(), "imports.warn.separator");
			return true;
		}
		if (PAGE_NUMBER.matcher(line.text()).matches()) {
			notes.warn(index, line.number(), "imports.warn.pageNumber", line.text().strip());
			return true;
		}
		return false;
	}

	/** The data lines of a tab-separated table, without separator lines and repeated column headers. */
	private List<SourceLine> dataLines(int from, int to, int index) {
		List<SourceLine> data = new ArrayList<>();
		for (int i = from; i < to; i++) {
			SourceLine line = lines.get(i);
			if (isNoise(line, index)) {
				continue;
			}
			if (Vocabulary.startsColumnHeader(ImportTexts.key(line.text()))) {
				notes.warn(index, line.number(), "imports.warn.headerRepeatedAtBreak");
				continue;
			}
			if (isLabelAlone(line)) {
				// 绩效指标 of a column header repeated at a page break, on its own line
				continue;
			}
			data.add(line);
		}
		return data;
	}

	/** The keys of the cells (or, without columns, the words) of these lines, to tell the frame by. */
	private List<String> cellKeys(int from, int to) {
		List<String> keys = new ArrayList<>();
		for (SourceLine line : lines.subList(from, to)) {
			for (String piece : line.text().split(line.isTabbed() ? "\t" : "\\s+")) {
				keys.add(ImportTexts.key(piece));
			}
		}
		return keys;
	}

	private static boolean isLabelAlone(SourceLine line) {
		return "绩效指标".equals(ImportTexts.key(line.text()));
	}

	/** The words of lines without columns, each with its line; separator lines are left out. */
	private List<Aligner.Token> tokens(int from, int to, int index) {
		List<Aligner.Token> tokens = new ArrayList<>();
		for (int i = from; i < to; i++) {
			SourceLine line = lines.get(i);
			if (isNoise(line, index)) {
				continue;
			}
			boolean first = true;
			for (String word : line.text().strip().split("[\\s\\u3000]+")) {
				if (word.isEmpty()) {
					continue;
				}
				Aligner.Token last = first ? null : tokens.get(tokens.size() - 1);
				if (last != null && (LIST_GOES_ON.matcher(last.text()).find() || UNIT_IN_BRACKETS.matcher(word).matches()
						|| Vocabulary.isLevelName(ImportTexts.key(last.text() + word)))) {
					// "工作资料, 原始凭证", "执法次数 (次)" and "项目 效益" are one cell each, whatever the spaces
					tokens.set(tokens.size() - 1, new Aligner.Token(last.text() + " " + word, last.line(), last.sameLine()));
					continue;
				}
				tokens.add(new Aligner.Token(word, line.number(), !first));
				first = false;
			}
		}
		return tokens;
	}

	/** A column header repeated inside the rows (a page break) is taken out. */
	private List<Aligner.Token> withoutRepeatedHeaders(List<Aligner.Token> tokens, TableKind kind, Boolean frame2020,
			int index) {
		List<Aligner.Token> kept = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			String key = ImportTexts.key(tokens.get(i).text());
			if (key.startsWith("一级") || key.startsWith("绩效")) {
				StringBuilder compact = new StringBuilder();
				for (int j = i; j < tokens.size() && compact.length() < 20; j++) {
					compact.append(ImportTexts.key(tokens.get(j).text()));
				}
				ColumnHeader.StreamResult repeated = Vocabulary.startsColumnHeader(compact.toString())
						? ColumnHeader.stream(tokens, i, kind, frame2020) : null;
				if (repeated != null) {
					notes.warn(index, tokens.get(i).line(), "imports.warn.headerRepeatedAtBreak");
					i = repeated.end();
					continue;
				}
			}
			if ("绩效指标".equals(key)) {
				// the merged 绩效指标 cell of the 2020 layout, written beside the first row: no content
				i++;
				continue;
			}
			kept.add(tokens.get(i));
			i++;
		}
		return kept;
	}
}
