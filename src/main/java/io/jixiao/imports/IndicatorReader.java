package io.jixiao.imports;

import io.jixiao.checks.IndicatorValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the indicator rows of one table: joins cells the conversion split over two lines, aligns each row to the
 * columns, fills merged level cells from the rows above, drops level-2 groups without any level-3 row and rows
 * repeated at page breaks, and notes every such repair.
 */
final class IndicatorReader {

	private final Notes notes;

	private final int table;

	private final TableLayout layout;

	IndicatorReader(Notes notes, int table, TableLayout layout) {
		this.notes = notes;
		this.table = table;
		this.layout = layout;
	}

	/** Rows of a tab-separated table. */
	List<ImportedRow> readTabbed(List<SourceLine> lines) {
		List<List<Aligner.Cell>> raw = new ArrayList<>();
		for (SourceLine line : lines) {
			if (line.isBlank()) {
				continue;
			}
			List<Aligner.Cell> cells = line.cells();
			if (!layout.has(Role.LABEL)) {
				// the merged 绩效指标 cell of the 2020 layout, written beside the first row: no content
				cells = cells.stream().filter(c -> !"绩效指标".equals(ImportTexts.key(c.text()))).toList();
			}
			if (cells.isEmpty()) {
				continue;
			}
			if (!raw.isEmpty() && !isSubstantive(cells)) {
				continueRow(raw.get(raw.size() - 1), cells);
				continue;
			}
			raw.add(new ArrayList<>(cells));
		}
		List<Aligner.Row> rows = new ArrayList<>();
		for (List<Aligner.Cell> cells : raw) {
			List<Aligner.Cell> carried = carriedLevels(cells);
			List<Aligner.Cell> own = new ArrayList<>(cells);
			own.removeAll(carried);
			Aligner.Row row = Aligner.alignRow(own, layout);
			rows.add(row);
			if (!carried.isEmpty()) {
				rows.add(Aligner.alignRow(carried, layout));
				notes.warn(table, row.line(), "imports.warn.levelsMoved",
						String.join("、", carried.stream().map(Aligner.Cell::text).toList()));
			}
		}
		return assemble(rows);
	}

	/** Rows of text without columns, cut by {@link Aligner#alignStream}. */
	List<ImportedRow> readStream(List<Aligner.Token> tokens) {
		return assemble(Aligner.alignStream(tokens, layout));
	}

	/**
	 * Whether a line holds a row of its own rather than the rest of the row above: a level, a value with a number,
	 * a weight, a 设置依据, a 赋分规则 or 佐证资料, or a qualitative target.
	 */
	private boolean isSubstantive(List<Aligner.Cell> cells) {
		for (Aligner.Cell cell : cells) {
			String key = ImportTexts.key(cell.text());
			if (CellScores.score(Role.LEVEL1, cell.text(), layout) >= 8
					|| CellScores.score(Role.LEVEL2, cell.text(), layout) >= 3 || Vocabulary.isBasis(key)
					|| Vocabulary.SCORING.contains(key) || Vocabulary.isEvidence(cell.text())
					|| Vocabulary.isQuantity(cell.text()) || Vocabulary.isQualitative(key)) {
				return true;
			}
		}
		return false;
	}

	/** Adds the pieces of a continuation line to the cells above them; a piece already at the end is a repeat. */
	private void continueRow(List<Aligner.Cell> previous, List<Aligner.Cell> pieces) {
		for (Aligner.Cell piece : pieces) {
			int target = -1;
			for (int i = 0; i < previous.size(); i++) {
				if (previous.get(i).position() <= piece.position()) {
					target = i;
				}
			}
			if (target < 0) {
				target = 0;
			}
			Aligner.Cell above = previous.get(target);
			if (ImportTexts.key(above.text()).endsWith(ImportTexts.key(piece.text()))) {
				notes.warn(table, piece.line(), "imports.warn.continuationRepeat", piece.text(), above.text());
				continue;
			}
			String joined = ImportTexts.join(above.text(), piece.text());
			notes.warn(table, piece.line(), "imports.warn.cellJoined", ImportTexts.shorten(above.text()), piece.text());
			previous.set(target, new Aligner.Cell(joined, above.position(), above.line()));
		}
	}

	/**
	 * Level cells that belong to the next row: when a row starts with more level cells than the layout has level
	 * columns, the conversion moved the merged cells of the next group up into it. The last level cell stays.
	 */
	private List<Aligner.Cell> carriedLevels(List<Aligner.Cell> cells) {
		int levels = 0;
		while (levels < cells.size() && isLevelLike(cells.get(levels).text())) {
			levels++;
		}
		if (levels <= 2 || levels == cells.size()) {
			return List.of();
		}
		return List.copyOf(cells.subList(levels - 3, levels - 1));
	}

	private boolean isLevelLike(String text) {
		return CellScores.score(Role.LEVEL1, text, layout) > 0 || CellScores.score(Role.LEVEL2, text, layout) > 0;
	}

	/** Turns aligned rows into indicator rows: merged levels, empty groups, repeats and missing cells. */
	private List<ImportedRow> assemble(List<Aligner.Row> rows) {
		List<ImportedRow> result = new ArrayList<>();
		String level1 = null;
		String level2 = null;
		// a level-2 group row waiting for its first level-3 row
		String pendingGroup = null;
		int pendingLine = 0;
		Map<String, Integer> seenRows = new HashMap<>();
		Map<String, Integer> seenNames = new HashMap<>();
		Map<Role, Integer> filled = new LinkedHashMap<>();
		int dataRows = 0;
		for (Aligner.Row row : rows) {
			if (!row.dropped().isEmpty()) {
				notes.warn(table, row.line(), "imports.warn.cellDropped",
						String.join("」「", row.dropped().stream().map(c -> ImportTexts.shorten(c.text())).toList()));
			}
			if (row.cells().isEmpty()) {
				continue;
			}
			if (row.moved()) {
				notes.tally(table, row.line(), "imports.warn.rowShifted", null);
			}
			String ownLevel1 = level(row.text(Role.LEVEL1));
			String ownLevel2 = level(row.text(Role.LEVEL2));
			if (row.isGroupOnly()) {
				dropGroup(pendingGroup, pendingLine);
				pendingGroup = null;
				if (ownLevel1 != null) {
					level1 = ownLevel1;
					level2 = null;
				}
				if (ownLevel2 != null) {
					pendingGroup = ownLevel2;
					pendingLine = row.line();
					level2 = ownLevel2;
				}
				continue;
			}
			if (ownLevel1 != null && !ownLevel1.equals(level1)) {
				level1 = ownLevel1;
				if (ownLevel2 == null) {
					level2 = null;
				}
			}
			if (ownLevel2 != null) {
				if (pendingGroup != null && !(pendingGroup.equals(ownLevel2) && ownLevel1 == null)) {
					dropGroup(pendingGroup, pendingLine);
				}
				level2 = ownLevel2;
			}
			pendingGroup = null;
			if (ownLevel1 == null || ownLevel2 == null) {
				notes.tally(table, row.line(), "imports.warn.mergedCells", null);
			}
			if (level1 == null || level2 == null) {
				notes.warn(table, row.line(), "imports.warn.levelMissing");
			}
			ImportedRow imported = row(row, level1, level2);
			dataRows++;
			row.cells().keySet().forEach(role -> filled.merge(role, 1, Integer::sum));
			Integer repeated = seenRows.get(imported.content());
			if (repeated != null) {
				notes.warn(table, row.line(), "imports.warn.rowRepeated", repeated);
				continue;
			}
			seenRows.put(imported.content(), row.line());
			Integer sameName = seenNames.putIfAbsent(imported.name(), row.line());
			if (sameName != null && !imported.name().isEmpty()) {
				notes.warn(table, row.line(), "imports.warn.nameRepeated", imported.name(), sameName);
			}
			check(row, imported);
			result.add(imported);
		}
		dropGroup(pendingGroup, pendingLine);
		reportMissing(rows, filled, dataRows);
		return result;
	}

	private void dropGroup(String group, int line) {
		if (group != null) {
			notes.warn(table, line, "imports.warn.emptyGroup", group);
		}
	}

	private static String level(String text) {
		return text == null ? null : ImportTexts.joinHanSpaces(text);
	}

	private ImportedRow row(Aligner.Row row, String level1, String level2) {
		String name = row.text(Role.NAME) == null ? "" : row.text(Role.NAME).strip();
		String joined = ImportTexts.joinHanSpaces(name);
		if (!joined.equals(name.replaceAll("\\s+", " "))) {
			notes.tally(table, row.line(), "imports.warn.spacesJoined", null);
		}
		String value = row.text(Role.VALUE) == null ? "" : row.text(Role.VALUE).strip();
		if (row.has(Role.OPERATOR) || row.has(Role.UNIT)) {
			String operator = Objects.toString(row.text(Role.OPERATOR), "").strip();
			// 定性, 定量, 正向 and 反向 say what kind of target it is; only a sign is part of the value
			String sign = operator.matches("[>=<≥≤＞＜＝]+") ? operator : "";
			String composed = sign + value + Objects.toString(row.text(Role.UNIT), "").strip();
			if (!composed.equals(value)) {
				value = composed;
				notes.tally(table, row.line(), "imports.warn.valueComposed", null);
			}
		}
		BigDecimal weight = row.text(Role.WEIGHT) == null ? null : ImportTexts.weight(row.text(Role.WEIGHT));
		return new ImportedRow(level1 == null ? "" : level1, level2 == null ? "" : level2, joined, value,
				ImportTexts.optional(row.text(Role.BASIS)), ImportTexts.optional(row.text(Role.LAST_YEAR)), weight,
				row.text(Role.SCORING) == null ? null : ImportTexts.joinHanSpaces(row.text(Role.SCORING)),
				ImportTexts.optional(row.text(Role.EVIDENCE)), row.line());
	}

	/** Doubts about a single row: no name, no value, a level 2 outside its level 1, a unit only in the name. */
	private void check(Aligner.Row row, ImportedRow imported) {
		if (imported.name().isEmpty()) {
			notes.warn(table, row.line(), "imports.warn.nameMissing", ImportTexts.shorten(imported.value()));
		}
		if (imported.value().isEmpty()) {
			notes.warn(table, row.line(), "imports.warn.valueMissing", imported.name());
		}
		if (layout.flavour() != TableLayout.Flavour.UNIT && !imported.level1().isEmpty()
				&& !Vocabulary.belongs(layout.format(), imported.level1(), imported.level2())) {
			notes.tally(table, row.line(), "imports.warn.levelOutsideFrame",
					imported.level2() + Notes.ARGS + imported.level1());
		}
		IndicatorValue value = IndicatorValue.parse(imported.value());
		String unitInName = IndicatorValue.unitInName(imported.name());
		if (value.kind() == IndicatorValue.Kind.QUANTITATIVE && value.unit().isEmpty() && !unitInName.isEmpty()) {
			notes.tally(table, row.line(), "imports.warn.unitInName", null);
		}
	}

	/** Columns of the layout that rows leave empty: one note per column, the whole column or the rows. */
	private void reportMissing(List<Aligner.Row> rows, Map<Role, Integer> filled, int dataRows) {
		if (dataRows == 0) {
			return;
		}
		for (TableLayout.Column column : layout.columns()) {
			Role role = column.role();
			if (role.isLevel() || role == Role.LABEL || role == Role.OTHER || role == Role.NAME || role == Role.VALUE
					|| role == Role.OPERATOR || role == Role.UNIT) {
				continue;
			}
			int count = filled.getOrDefault(role, 0);
			String title = column.title().isEmpty() ? "imports.column." + role.name() : column.title();
			if (count == 0) {
				int first = rows.stream().filter(r -> !r.isGroupOnly() && !r.cells().isEmpty())
					.mapToInt(Aligner.Row::line).findFirst().orElse(0);
				notes.warn(table, first, "imports.warn.columnEmpty", title);
				continue;
			}
			for (Aligner.Row row : rows) {
				if (!row.isGroupOnly() && !row.cells().isEmpty() && !row.has(role)) {
					notes.tally(table, row.line(), "imports.warn.cellMissing", title);
				}
			}
		}
	}
}
