package io.jixiao.imports;

import io.jixiao.checks.TableFormat;
import io.jixiao.checks.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads performance target tables out of text: a published disclosure document (部门预算公开) converted from PDF,
 * a table copied from Word, Excel or a PDF viewer, or a table's rows alone. Finds every 项目支出绩效目标表 and
 * 单位整体绩效目标表 by its title, reads header and rows in the current and the 2020 layout, and cross-checks the
 * document's own totals. Never invents a value: what is missing stays missing and is noted. This class finds the
 * tables (titles, year lines, column header, where the rows end) and completes each (year, funds, limits); the
 * header block is read by {@link HeaderReader}, the rows by {@link TextRows}, the totals by {@link SummaryCheck}.
 */
final class DisclosureParser {

	/** Cells drawn with bars, as Markdown or a PDF converter writes them: "| a | b |", "│a│b│". */
	private static final Pattern BARS = Pattern.compile("[|│┃]");

	/** How far below its title a table's header block or column header must begin. */
	private static final int TITLE_REACH = 60;

	private static final Pattern ANY_YEAR = Pattern.compile("(\\d{4})\\s*年");

	private static final Pattern END = Pattern.compile("^\\s*(?:#{1,6}\\s|\\*\\*|[（(][一二三四五六七八九十]+[）)]|"
			+ "[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分|注[:：]|说明[:：]|附件|附表)");

	private final Notes notes = new Notes();

	private final List<SourceLine> lines = new ArrayList<>();

	private final List<ImportedTable> tables = new ArrayList<>();

	/** Reads the rows of each table from these lines, as cleaned of tags here. */
	private final TextRows body = new TextRows(lines, notes);

	/** The result of reading a source: tables in source order and the notes. */
	record Result(List<ImportedTable> tables, Notes notes) {
	}

	/** The year of tables that state none, as the caller knows it (the form a table is pasted into). */
	private final Integer givenYear;

	private DisclosureParser(String text, Integer givenYear) {
		this.givenYear = givenYear;
		String clean = text.startsWith("\uFEFF") ? text.substring(1) : text;
		String[] raw = clean.split("\\r\\n|\\r|\\n", -1);
		for (int i = 0; i < raw.length; i++) {
			lines.add(new SourceLine(i + 1, barsToTabs(raw[i].replace('\u00A0', ' '))));
		}
	}

	/** A line of cells drawn with bars becomes a tab-separated line; the outer bars are no cells. */
	private static String barsToTabs(String line) {
		if (line.indexOf('\t') >= 0 || BARS.matcher(line).results().count() < 2) {
			return line;
		}
		String inner = line.strip().replaceAll("^[|│┃]|[|│┃]$", "");
		return String.join("\t", BARS.split(inner, -1));
	}

	/** Reads all tables of the text. */
	static Result parse(String text) {
		return parse(text, null);
	}

	/** Reads all tables of the text; a table that states no year takes {@code givenYear}, when given. */
	static Result parse(String text, Integer givenYear) {
		DisclosureParser parser = new DisclosureParser(text, givenYear);
		parser.run();
		return new Result(List.copyOf(parser.tables), parser.notes);
	}

	private void run() {
		Integer documentYear = documentYear();
		List<int[]> titles = titles();
		if (titles.isEmpty()) {
			readFragment(documentYear);
		}
		else {
			for (int k = 0; k < titles.size(); k++) {
				int[] title = titles.get(k);
				int end = k + 1 < titles.size() ? titles.get(k + 1)[0] : lines.size();
				TableKind kind = title[1] == 0 ? TableKind.PROJECT : TableKind.UNIT;
				readTable(title[0] + 1, end, kind, title[2] == 0 ? null : title[2], documentYear,
						lines.get(title[0]).number());
			}
			List<SourceLine> before = lines.subList(0, titles.get(0)[0]);
			new SummaryCheck(notes, tables).check(before);
		}
		if (tables.isEmpty() && !notes.hasErrors()) {
			notes.error(null, null, "imports.error.noTables");
		}
		for (int t = 1; t <= tables.size(); t++) {
			notes.flush(t);
		}
		notes.sort();
	}

	/**
	 * {line, kind (0 project, 1 unit), year or 0} of each table title: a line naming the form that a header block or
	 * a column header follows before the next title (a line in a table of contents has neither).
	 */
	private List<int[]> titles() {
		List<int[]> candidates = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			int[] title = title(lines.get(i).text());
			if (title != null) {
				candidates.add(new int[] { i, title[0], title[1] });
			}
		}
		List<int[]> titles = new ArrayList<>();
		for (int k = 0; k < candidates.size(); k++) {
			int from = candidates.get(k)[0] + 1;
			int to = Math.min(k + 1 < candidates.size() ? candidates.get(k + 1)[0] : lines.size(), from + TITLE_REACH);
			if (columnHeader(from, to) >= 0 || lines.subList(from, to).stream().anyMatch(l -> HeaderReader.hasLabel(l.text()))) {
				titles.add(candidates.get(k));
			}
		}
		return titles;
	}

	/** {kind (0 project, 1 unit), year or 0} when the line is worded as a table title. */
	private static int[] title(String text) {
		TitleLine title = TitleLine.of(text);
		if (title == null) {
			return null;
		}
		return new int[] { title.kind() == TableKind.PROJECT ? 0 : 1, title.year() == null ? 0 : title.year() };
	}

	/** The year in the document's title, among its first lines. */
	private Integer documentYear() {
		int seen = 0;
		for (SourceLine line : lines) {
			if (line.isBlank()) {
				continue;
			}
			if (title(line.text()) != null) {
				return null;
			}
			Matcher matcher = ANY_YEAR.matcher(line.text());
			if (matcher.find()) {
				return Integer.parseInt(matcher.group(1));
			}
			if (++seen >= 5) {
				return null;
			}
		}
		return null;
	}

	private void readTable(int from, int to, TableKind kind, Integer titleYear, Integer documentYear, int titleLine) {
		int index = tables.size() + 1;
		ImportedTable table = new ImportedTable();
		table.kind = kind;
		table.line = titleLine;
		table.titled = true;
		Integer year = titleYear;
		int start = from;
		int looked = 0;
		for (int i = from; i < to && looked < 3; i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			looked++;
			Integer stated = TitleLine.yearLine(lines.get(i).text());
			if (stated != null) {
				year = stated;
				start = i + 1;
				break;
			}
		}
		int header = columnHeader(start, to);
		if (header < 0) {
			notes.error(index, titleLine, "imports.error.noColumnHeader");
			tables.add(table);
			noteTags(from, to, index);
			return;
		}
		int end = tableEnd(header + 1, to);
		noteTags(from, end, index);
		boolean labelled = new HeaderReader(notes, index).read(lines.subList(start, header), table);
		List<ImportedRow> rows = body.read(header, true, end, kind, index, table);
		if (!labelled && !tables.isEmpty() && tables.get(tables.size() - 1).kind == kind && !rows.isEmpty()) {
			// a title repeated at a page break: the rows continue the table before
			ImportedTable previous = tables.get(tables.size() - 1);
			notes.warn(tables.size(), titleLine, "imports.warn.tableContinued", previous.title());
			previous.rows.addAll(rows);
			return;
		}
		table.rows.addAll(rows);
		table.year = year;
		finish(table, index, documentYear);
		tables.add(table);
	}

	/** A table without a title: a pasted table or rows of one. */
	private void readFragment(Integer documentYear) {
		if (lines.stream().allMatch(SourceLine::isBlank)) {
			return;
		}
		ImportedTable table = new ImportedTable();
		table.line = lines.stream().filter(l -> !l.isBlank()).findFirst().map(SourceLine::number).orElse(1);
		String all = String.join("\n", lines.stream().map(SourceLine::text).toList());
		table.kind = all.contains("单位联系人") || all.contains("单位名称") || all.contains("年度绩效目标") ? TableKind.UNIT
				: TableKind.PROJECT;
		int header = columnHeader(0, lines.size());
		int start;
		Integer year = null;
		if (header >= 0) {
			start = header;
		}
		else {
			// header labels, if any, come first; rows follow the last line that names a label
			start = 0;
			int seen = 0;
			for (int i = 0; i < lines.size() && seen < 12; i++) {
				if (lines.get(i).isBlank()) {
					continue;
				}
				seen++;
				if (HeaderReader.hasLabel(lines.get(i).text())) {
					start = i + 1;
				}
			}
		}
		for (int i = 0; i < start; i++) {
			Integer stated = TitleLine.yearLine(lines.get(i).text());
			if (stated != null) {
				year = stated;
			}
		}
		noteTags(0, lines.size(), 1);
		int[] mark = notes.mark();
		boolean labelled = new HeaderReader(notes, 1).read(lines.subList(0, start), table);
		if (!labelled) {
			notes.warn(1, table.line, "imports.warn.rowsOnly");
		}
		List<ImportedRow> rows = body.read(header >= 0 ? header : start, header >= 0, lines.size(), table.kind, 1, table);
		if (!labelled && header < 0 && rows.stream().allMatch(r -> r.value().isEmpty())) {
			// prose, not a table: nothing to import
			notes.rollback(mark);
			return;
		}
		table.rows.addAll(rows);
		table.year = year;
		finish(table, 1, documentYear);
		tables.add(table);
	}

	/** The line where the column header of the indicator part begins, or -1. */
	private int columnHeader(int from, int to) {
		for (int i = from; i < to; i++) {
			String key = ImportTexts.key(ImportTexts.stripTags(lines.get(i).text()));
			if (!(key.startsWith("一级") || key.startsWith("绩效"))) {
				continue;
			}
			StringBuilder compact = new StringBuilder();
			for (int j = i; j < to && compact.length() < 40; j++) {
				compact.append(ImportTexts.key(ImportTexts.stripTags(lines.get(j).text())));
			}
			if (Vocabulary.startsColumnHeader(compact.toString())) {
				return i;
			}
		}
		return -1;
	}

	/** Where the rows stop: a heading, a note, or prose after the table. */
	private int tableEnd(int from, int to) {
		for (int i = from; i < to; i++) {
			String text = lines.get(i).text();
			if (END.matcher(text).find()) {
				return i;
			}
			if (!lines.get(i).isTabbed() && text.strip().length() > 40 && text.contains("。")) {
				return i;
			}
		}
		return to;
	}

	private void noteTags(int from, int to, int index) {
		for (int i = from; i < to; i++) {
			SourceLine line = lines.get(i);
			if (ImportTexts.hasTags(line.text())) {
				lines.set(i, new SourceLine(line.number(), ImportTexts.stripTags(line.text())));
				notes.warn(index, line.number(), "imports.warn.tagsRemoved");
			}
		}
	}

	/** Year, funds and limits of a read table. */
	private void finish(ImportedTable table, int index, Integer documentYear) {
		if (table.year == null && givenYear != null) {
			table.year = givenYear;
			notes.warn(index, table.line, "imports.warn.yearGiven", givenYear);
		}
		if (table.year == null && documentYear != null) {
			table.year = documentYear;
			notes.warn(index, table.line, "imports.warn.yearFromDocument", documentYear);
		}
		if (table.year == null) {
			notes.error(index, table.line, "imports.error.noYear");
		}
		else if (documentYear != null && !documentYear.equals(table.year)) {
			notes.warn(index, table.line, "imports.warn.yearDiffers", table.year, documentYear);
		}
		if (table.format == TableFormat.Y2020 && table.kind == TableKind.PROJECT && table.year != null
				&& table.year > 2020) {
			notes.warn(index, table.line, "imports.warn.oldLayout", table.year);
		}
		if (table.kind == TableKind.UNIT) {
			unitFunds(table, index);
		}
		else if (table.fundsDisagree()) {
			notes.warn(index, table.line, "imports.warn.fundsDisagree", table.totalFunds, table.fiscalFunds,
					table.otherFunds);
		}
		if (table.rows.isEmpty()) {
			notes.error(index, table.line, "imports.error.noRows");
		}
		if (table.rows.size() > Limits.MAX_ROWS) {
			notes.error(index, table.line, "imports.error.tooManyRows", table.rows.size(), Limits.MAX_ROWS);
		}
		Limits.check(table, index, notes);
	}

	/** A unit table states its funds by source; the totals are their sums, and say so. */
	private void unitFunds(ImportedTable table, int index) {
		if (table.fiscalUpper == null || table.fiscalLocal == null) {
			return;
		}
		BigDecimal fiscal = table.fiscalUpper.add(table.fiscalLocal);
		if (table.fiscalFunds == null) {
			table.fiscalFunds = fiscal;
		}
		if (table.otherFunds != null && table.totalFunds == null) {
			table.totalFunds = fiscal.add(table.otherFunds);
			notes.warn(index, table.line, "imports.warn.unitFundsSummed", table.totalFunds, fiscal, table.otherFunds);
		}
		else if (table.otherFunds != null && table.totalFunds.compareTo(fiscal.add(table.otherFunds)) != 0) {
			notes.warn(index, table.line, "imports.warn.fundsDisagree", table.totalFunds, fiscal, table.otherFunds);
		}
	}
}
