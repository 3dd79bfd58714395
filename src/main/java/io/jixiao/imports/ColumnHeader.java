package io.jixiao.imports;

import io.jixiao.checks.TableKind;
import java.util.ArrayList;
import java.util.List;

/** Reads the column header of an indicator part (一级指标 二级指标 三级指标 指标值 …) into a {@link TableLayout}. */
final class ColumnHeader {

	private ColumnHeader() {
	}

	/** The column titles a compact text is made of, possibly ending in an unfinished one; {@code null} if not. */
	static List<String> titles(String compact, boolean allowUnfinished) {
		if (compact.isEmpty()) {
			return new ArrayList<>();
		}
		for (String title : Vocabulary.COLUMNS.keySet()) {
			if (compact.startsWith(title)) {
				List<String> rest = titles(compact.substring(title.length()), allowUnfinished);
				if (rest != null) {
					rest.add(0, title);
					return rest;
				}
			}
		}
		if (allowUnfinished && Vocabulary.COLUMNS.keySet().stream().anyMatch(t -> t.startsWith(compact))) {
			return new ArrayList<>();
		}
		return null;
	}

	/**
	 * The layout of a tab-separated header line; a cell cut off by the conversion ("指标值设置依") is completed from
	 * the cell at the same place in the next line, which is then consumed. Returns the layout and how many lines
	 * it used.
	 */
	static Result tabbed(List<SourceLine> lines, int at, TableKind kind, Boolean frame2020, Notes notes, int table) {
		List<Aligner.Cell> cells = new ArrayList<>(lines.get(at).cells());
		int used = 1;
		boolean unfinished = cells.stream().anyMatch(c -> titles(ImportTexts.key(c.text()), false) == null);
		int next = at + 1;
		while (next < lines.size() && lines.get(next).isBlank()) {
			next++;
		}
		if (unfinished && next < lines.size()) {
			List<Aligner.Cell> pieces = lines.get(next).cells();
			boolean completes = !pieces.isEmpty() && pieces.stream()
				.allMatch(p -> cells.stream().anyMatch(c -> c.position() == p.position()
						&& titles(ImportTexts.key(c.text() + p.text()), true) != null));
			if (completes) {
				for (Aligner.Cell piece : pieces) {
					for (int i = 0; i < cells.size(); i++) {
						Aligner.Cell cell = cells.get(i);
						if (cell.position() == piece.position()) {
							cells.set(i, new Aligner.Cell(cell.text() + piece.text(), cell.position(), cell.line()));
						}
					}
				}
				notes.warn(table, lines.get(next).number(), "imports.warn.columnHeaderJoined");
				used = next - at + 1;
			}
		}
		List<TableLayout.Column> columns = new ArrayList<>();
		// titles merged into one cell stand for as many columns of the rows: the later ones move right
		int extra = 0;
		for (Aligner.Cell cell : cells) {
			String key = ImportTexts.key(cell.text());
			List<String> titles = titles(key, false);
			if (titles == null || titles.isEmpty()) {
				notes.warn(table, cell.line(), "imports.warn.unknownColumn", ImportTexts.shorten(cell.text()));
				columns.add(new TableLayout.Column(Role.OTHER, cell.position() + extra, cell.text()));
				continue;
			}
			for (int k = 0; k < titles.size(); k++) {
				columns.add(new TableLayout.Column(Vocabulary.COLUMNS.get(titles.get(k)), cell.position() + extra + k,
						titles.get(k)));
			}
			extra += titles.size() - 1;
		}
		return new Result(TableLayout.of(columns, kind, frame2020), used);
	}

	/** The layout of a header in text without columns: as many words as form column titles. */
	static StreamResult stream(List<Aligner.Token> tokens, int from, TableKind kind, Boolean frame2020) {
		String compact = "";
		int end = from;
		List<String> complete = null;
		for (int i = from; i < tokens.size(); i++) {
			String candidate = compact + ImportTexts.key(tokens.get(i).text());
			if (titles(candidate, true) == null) {
				break;
			}
			compact = candidate;
			List<String> whole = titles(compact, false);
			if (whole != null) {
				complete = whole;
				end = i + 1;
			}
		}
		if (complete == null) {
			return null;
		}
		List<TableLayout.Column> columns = new ArrayList<>();
		for (String title : complete) {
			columns.add(new TableLayout.Column(Vocabulary.COLUMNS.get(title), -1, title));
		}
		TableLayout layout = TableLayout.of(columns, kind, frame2020);
		return new StreamResult(new TableLayout(layout.columns(), layout.flavour(), false), end);
	}

	record Result(TableLayout layout, int lines) {
	}

	record StreamResult(TableLayout layout, int end) {
	}
}
