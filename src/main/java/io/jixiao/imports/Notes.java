package io.jixiao.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The warnings and errors of one import, as message codes of {@code i18n/imports.properties} with their arguments,
 * each tied to a table (1-based, {@code null} for the whole source) and a line of the source. Repairs that recur on
 * many rows of a table are tallied into one note that lists every line.
 */
final class Notes {

	/**
	 * One warning or error; the arguments are already text, so numbers are never reformatted by the bundle. A
	 * workbook note also names its sheet and column.
	 */
	record Note(Integer table, Integer line, String sheet, String column, String code, List<String> args) {

		Note(Integer table, Integer line, String code, List<String> args) {
			this(table, line, null, null, code, args);
		}
	}

	/**
	 * Warnings that say the reader was unsure rather than that it repaired something it is sure of (a page number
	 * dropped, merged level cells carried down): a table with one of them is marked for review in the preview.
	 */
	private static final java.util.Set<String> DOUBTS = java.util.Set.of("imports.warn.cellDropped",
			"imports.warn.levelMissing", "imports.warn.nameMissing", "imports.warn.valueMissing",
			"imports.warn.levelOutsideFrame", "imports.warn.headerUnlabeled", "imports.warn.headerConflict",
			"imports.warn.rowShifted", "imports.warn.levelsMoved", "imports.warn.noColumnHeader", "imports.warn.rowsOnly",
			"imports.warn.yearFromDocument", "imports.warn.yearGiven", "imports.warn.budgetUnitFrom",
			"imports.warn.notAnAmount", "imports.warn.unknownColumn", "imports.warn.emptyGroup");

	/** Separates several arguments of one tallied note. */
	static final String ARGS = "\u001F";

	private record TallyKey(int table, String code, String arg) {
	}

	private final List<Note> warnings = new ArrayList<>();

	private final List<Note> errors = new ArrayList<>();

	private final Map<TallyKey, TreeSet<Integer>> tallies = new LinkedHashMap<>();

	void warn(Integer table, Integer line, String code, Object... args) {
		warnings.add(new Note(table, line, code, texts(args)));
	}

	void error(Integer table, Integer line, String code, Object... args) {
		errors.add(new Note(table, line, code, texts(args)));
	}

	/** An error at a cell of a workbook: sheet, row (1-based) and column letter. */
	void cellError(Integer table, String sheet, int row, String column, String code, Object... args) {
		errors.add(new Note(table, row, sheet, column, code, texts(args)));
	}

	void cellWarning(Integer table, String sheet, int row, String column, String code, Object... args) {
		warnings.add(new Note(table, row, sheet, column, code, texts(args)));
	}

	/** Takes over the notes of another read (a further file of the same upload), shifting its table numbers. */
	void addAll(Notes other, int tableOffset) {
		for (Note note : other.warnings) {
			warnings.add(shift(note, tableOffset));
		}
		for (Note note : other.errors) {
			errors.add(shift(note, tableOffset));
		}
	}

	private static Note shift(Note note, int offset) {
		return new Note(note.table() == null ? null : note.table() + offset, note.line(), note.sheet(), note.column(),
				note.code(), note.args());
	}

	/** Counts a recurring repair; {@link #flush(int)} turns the count into one warning per table and code. */
	void tally(int table, int line, String code, String arg) {
		tallies.computeIfAbsent(new TallyKey(table, code, arg == null ? "" : arg), k -> new TreeSet<>()).add(line);
	}

	/** Emits the tallied repairs of a table: code with (count, lines[, arg]), at the first line. */
	void flush(int table) {
		var it = tallies.entrySet().iterator();
		while (it.hasNext()) {
			var entry = it.next();
			if (entry.getKey().table() != table) {
				continue;
			}
			TreeSet<Integer> lines = entry.getValue();
			String list = lines.stream().map(String::valueOf).collect(Collectors.joining("、"));
			List<Object> args = new ArrayList<>(List.of(lines.size(), list));
			args.addAll(List.of(entry.getKey().arg().split(ARGS, -1)));
			warn(table, lines.first(), entry.getKey().code(), args.toArray());
			it.remove();
		}
	}

	/** Where the notes stand now, to {@link #rollback} to when what was read turns out to be no table. */
	int[] mark() {
		return new int[] { warnings.size(), errors.size() };
	}

	void rollback(int[] mark) {
		warnings.subList(mark[0], warnings.size()).clear();
		errors.subList(mark[1], errors.size()).clear();
		tallies.clear();
	}

	/** Whether the reader was unsure about the table (1-based): an error, or a warning of doubt. */
	boolean doubts(int table) {
		return errors.stream().anyMatch(n -> n.table() != null && n.table() == table) || warnings.stream()
			.anyMatch(n -> n.table() != null && n.table() == table && DOUBTS.contains(n.code()));
	}

	boolean hasErrors() {
		return !errors.isEmpty();
	}

	List<Note> warnings() {
		return List.copyOf(warnings);
	}

	List<Note> errors() {
		return List.copyOf(errors);
	}

	/** Keeps the notes in source order: by table, then line (document notes first). */
	void sort() {
		java.util.Comparator<Note> order = java.util.Comparator
			.comparing((Note n) -> n.table() == null ? 0 : n.table())
			.thenComparing(n -> n.line() == null ? 0 : n.line());
		warnings.sort(order);
		errors.sort(order);
	}

	private static List<String> texts(Object... args) {
		List<String> texts = new ArrayList<>(args.length);
		for (Object arg : args) {
			// amounts as the tables show them: 万元 with two decimals
			texts.add(arg instanceof BigDecimal amount ? amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
					: String.valueOf(arg));
		}
		return texts;
	}
}
