package io.jixiao.imports;

import io.jixiao.checks.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header block of a table (预算单位, 项目名称, funds, 总体目标 …) by its labels, wherever the conversion
 * put them: several to a line, split over lines or cells, with the value in the same cell or the next ones.
 */
final class HeaderReader {

	/** The header fields a label can name; {@link #NONE} for labels of the layout that carry no value. */
	enum Field {
		BUDGET_UNIT, DEPARTMENT, PROJECT_NAME, PROJECT_LEAD, IMPLEMENTING_UNIT, TOTAL, FISCAL, OTHER, UPPER, LOCAL, CONTACT, PHONE,
		GOAL, NONE
	}

	private static final Map<String, Field> LABELS = labels();

	private static final Pattern LABEL = labelPattern();

	private static final char CELL = '\u001F';

	private final Notes notes;

	private final int table;

	/** The source line of each line of the joined header text. */
	private final List<Integer> rowLines = new ArrayList<>();

	HeaderReader(Notes notes, int table) {
		this.notes = notes;
		this.table = table;
	}

	private static Map<String, Field> labels() {
		Map<String, Field> labels = new LinkedHashMap<>();
		labels.put("单位名称(盖章)", Field.BUDGET_UNIT);
		labels.put("预算单位名称", Field.BUDGET_UNIT);
		labels.put("预算单位", Field.BUDGET_UNIT);
		labels.put("单位名称", Field.BUDGET_UNIT);
		labels.put("主管部门", Field.DEPARTMENT);
		labels.put("项目名称", Field.PROJECT_NAME);
		labels.put("项目负责人", Field.PROJECT_LEAD);
		labels.put("项目实施单位", Field.IMPLEMENTING_UNIT);
		labels.put("实施单位", Field.IMPLEMENTING_UNIT);
		labels.put("项目资金(万元)", Field.NONE);
		labels.put("项目资金", Field.NONE);
		labels.put("年度预算(万元)", Field.NONE);
		labels.put("资金来源", Field.NONE);
		labels.put("财政资金(万元)", Field.NONE);
		labels.put("年度资金(万元)", Field.NONE);
		labels.put("资金情况(万元)", Field.NONE);
		labels.put("资金情况", Field.NONE);
		labels.put("年度资金总额(万元)", Field.TOTAL);
		labels.put("年度预算总额", Field.TOTAL);
		labels.put("年度资金总额", Field.TOTAL);
		labels.put("资金总额(万元)", Field.TOTAL);
		labels.put("资金总额", Field.TOTAL);
		labels.put("其中:财政拨款", Field.FISCAL);
		labels.put("财政拨款", Field.FISCAL);
		labels.put("其他资金(万元)", Field.OTHER);
		labels.put("其他资金", Field.OTHER);
		labels.put("上级安排", Field.UPPER);
		labels.put("本级安排", Field.LOCAL);
		labels.put("单位联系人", Field.CONTACT);
		labels.put("联系人", Field.CONTACT);
		labels.put("联系电话", Field.PHONE);
		labels.put("项目总体目标", Field.GOAL);
		labels.put("年度绩效目标", Field.GOAL);
		labels.put("年度总体目标", Field.GOAL);
		labels.put("总体目标", Field.GOAL);
		labels.put("年度目标", Field.GOAL);
		return java.util.Collections.unmodifiableMap(labels);
	}

	/** All labels, longest first, each letter allowing white space after it; "其他" only before an amount. */
	private static Pattern labelPattern() {
		List<String> names = new ArrayList<>(LABELS.keySet());
		names.sort((a, b) -> b.length() - a.length());
		StringBuilder alternatives = new StringBuilder();
		for (String name : names) {
			alternatives.append(alternatives.isEmpty() ? "" : "|").append(letters(name));
		}
		alternatives.append("|其\\s*他(?=[\\s\\u001F:：]*[0-9０-９])");
		return Pattern.compile("(?<![^\\s\\u001F:：])(" + alternatives + ")\\s*[:：]?");
	}

	private static String letters(String label) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < label.length(); i++) {
			char c = label.charAt(i);
			if (i > 0) {
				out.append("[ \\t\\n]*");
			}
			out.append(switch (c) {
				case '(' -> "[(（]";
				case ')' -> "[)）]";
				case ':' -> "[:：]?";
				default -> Pattern.quote(String.valueOf(c));
			});
		}
		return out.toString();
	}

	private static Field field(String written) {
		String key = ImportTexts.key(written);
		return "其他".equals(key) ? Field.OTHER : LABELS.getOrDefault(key, Field.NONE);
	}

	/** Whether the line names a header label anywhere. */
	static boolean hasLabel(String text) {
		return LABEL.matcher(text).find();
	}

	/** Whether the cell is the beginning of a label cut off by the conversion ("年度预算总" of 年度预算总额). */
	private static boolean isLabelStart(String cell) {
		String key = ImportTexts.key(cell);
		return !key.isEmpty() && LABELS.keySet().stream().anyMatch(label -> label.startsWith(key) && !label.equals(key));
	}

	private static boolean isLabelWith(String cell, String piece) {
		String key = ImportTexts.key(cell + piece);
		return LABELS.keySet().stream().anyMatch(label -> key.equals(label) || label.startsWith(key));
	}

	/** Reads the header lines into the table; returns whether any label was found. */
	boolean read(List<SourceLine> lines, ImportedTable target) {
		boolean tabbed = lines.stream().anyMatch(SourceLine::isTabbed);
		String text = tabbed ? cellText(lines) : streamText(lines);
		List<int[]> found = new ArrayList<>();
		Matcher matcher = LABEL.matcher(text);
		while (matcher.find()) {
			found.add(new int[] { matcher.start(), matcher.end(), matcher.start(1), matcher.end(1) });
		}
		if (found.isEmpty()) {
			return false;
		}
		String before = value(text.substring(0, found.get(0)[0]));
		if (!before.isEmpty()) {
			notes.warn(table, lineAt(lines, text, 0), "imports.warn.headerUnlabeled", ImportTexts.shorten(before));
		}
		Map<Field, String> values = new EnumMap<>(Field.class);
		Map<Field, Integer> lineOf = new EnumMap<>(Field.class);
		for (int k = 0; k < found.size(); k++) {
			int[] at = found.get(k);
			String label = text.substring(at[2], at[3]);
			int end = k + 1 < found.size() ? found.get(k + 1)[0] : text.length();
			String value = value(text.substring(at[1], end));
			Field field = field(label);
			int line = lineAt(lines, text, at[0]);
			if (field == Field.NONE) {
				if (!value.isEmpty() && !ImportTexts.key(value).matches("[()万元]*")) {
					notes.warn(table, line, "imports.warn.headerUnlabeled", ImportTexts.shorten(value));
				}
				continue;
			}
			if (value.isEmpty()) {
				lineOf.putIfAbsent(field, line);
				continue;
			}
			String earlier = values.get(field);
			if (earlier == null) {
				values.put(field, value);
				lineOf.put(field, line);
			}
			else if (earlier.equals(value)) {
				notes.warn(table, line, "imports.warn.headerRepeated", ImportTexts.key(label));
			}
			else if (field == Field.GOAL) {
				values.put(field, earlier + value);
				notes.warn(table, line, "imports.warn.goalJoined", ImportTexts.key(label));
			}
			else {
				notes.warn(table, line, "imports.warn.headerConflict", ImportTexts.key(label), ImportTexts.shorten(earlier),
						ImportTexts.shorten(value));
			}
		}
		int first = lines.isEmpty() ? target.line : lines.get(0).number();
		apply(values, lineOf, first, target);
		return true;
	}

	private void apply(Map<Field, String> values, Map<Field, Integer> lineOf, int first, ImportedTable t) {
		t.budgetUnit = ImportTexts.joinHanSpaces(values.get(Field.BUDGET_UNIT));
		if (t.budgetUnit == null) {
			// the budget system's export names 主管部门 and 实施单位: the unit that spends is the budget unit
			Field source = values.get(Field.IMPLEMENTING_UNIT) != null ? Field.IMPLEMENTING_UNIT : Field.DEPARTMENT;
			t.budgetUnit = ImportTexts.joinHanSpaces(values.get(source));
			if (t.budgetUnit != null) {
				values.put(Field.BUDGET_UNIT, t.budgetUnit);
				notes.warn(table, lineOf.getOrDefault(source, first), "imports.warn.budgetUnitFrom",
						"imports.field." + source.name(), t.budgetUnit);
			}
		}
		t.projectName = values.get(Field.PROJECT_NAME) == null ? null : values.get(Field.PROJECT_NAME).strip();
		t.projectLead = ImportTexts.joinHanSpaces(values.get(Field.PROJECT_LEAD));
		t.implementingUnit = ImportTexts.joinHanSpaces(values.get(Field.IMPLEMENTING_UNIT));
		t.contactPerson = ImportTexts.joinHanSpaces(values.get(Field.CONTACT));
		t.contactPhone = values.get(Field.PHONE);
		t.overallGoal = values.get(Field.GOAL);
		t.totalFunds = amount(Field.TOTAL, values, lineOf, first);
		t.fiscalFunds = amount(Field.FISCAL, values, lineOf, first);
		t.otherFunds = amount(Field.OTHER, values, lineOf, first);
		t.fiscalUpper = amount(Field.UPPER, values, lineOf, first);
		t.fiscalLocal = amount(Field.LOCAL, values, lineOf, first);
		List<Field> required = t.kind == TableKind.UNIT
				? List.of(Field.BUDGET_UNIT, Field.CONTACT, Field.PHONE, Field.GOAL, Field.UPPER, Field.LOCAL, Field.OTHER)
				: List.of(Field.BUDGET_UNIT, Field.PROJECT_NAME, Field.PROJECT_LEAD, Field.TOTAL, Field.FISCAL,
						Field.OTHER, Field.GOAL);
		for (Field field : required) {
			if (values.get(field) == null) {
				notes.warn(table, lineOf.getOrDefault(field, first), "imports.warn.missingField",
						"imports.field." + field.name());
			}
		}
	}

	private BigDecimal amount(Field field, Map<Field, String> values, Map<Field, Integer> lineOf, int first) {
		String text = values.get(field);
		if (text == null) {
			return null;
		}
		BigDecimal amount = ImportTexts.amount(text);
		if (amount == null) {
			notes.warn(table, lineOf.getOrDefault(field, first), "imports.warn.notAnAmount", "imports.field." + field.name(),
					ImportTexts.shorten(text));
		}
		return amount;
	}

	/** The cells of a header value, joined: the separators between cells and lines are not part of it. */
	private static String value(String raw) {
		String result = "";
		for (String piece : raw.split("[\\n\\u001F]")) {
			String p = piece.strip();
			while (p.startsWith(":") || p.startsWith("：")) {
				p = p.substring(1).strip();
			}
			if (!p.isEmpty()) {
				result = ImportTexts.join(result, p);
			}
		}
		return result;
	}

	/** Text without columns: lines joined; labels and values are found across line breaks. */
	private String streamText(List<SourceLine> lines) {
		StringBuilder text = new StringBuilder();
		for (SourceLine line : lines) {
			if (!line.isBlank()) {
				text.append(line.text().strip()).append('\n');
				rowLines.add(line.number());
			}
		}
		return text.toString();
	}

	/**
	 * Tab-separated lines as cells; a line without any label continues the cells of the line before (a label or a
	 * goal the conversion wrapped onto the next line).
	 */
	private String cellText(List<SourceLine> lines) {
		List<List<String>> rows = new ArrayList<>();
		for (SourceLine line : lines) {
			if (line.isBlank()) {
				continue;
			}
			List<String> cells = new ArrayList<>(line.cells().stream().map(Aligner.Cell::text).toList());
			if (!rows.isEmpty() && !hasLabel(String.join("\u001F", cells))) {
				continueCells(rows.get(rows.size() - 1), cells, line.number());
				continue;
			}
			rows.add(cells);
			rowLines.add(line.number());
		}
		StringBuilder text = new StringBuilder();
		for (List<String> row : rows) {
			text.append(String.join(String.valueOf(CELL), row)).append('\n');
		}
		return text.toString();
	}

	private void continueCells(List<String> previous, List<String> pieces, int line) {
		int from = 0;
		for (String piece : pieces) {
			int target = -1;
			for (int i = from; i < previous.size(); i++) {
				if (isLabelStart(previous.get(i)) && isLabelWith(previous.get(i), piece)) {
					target = i;
					break;
				}
			}
			if (target < 0) {
				for (int i = previous.size() - 1; i >= 0; i--) {
					String cell = previous.get(i);
					if (!hasLabel(cell) && ImportTexts.amount(cell) == null) {
						target = i;
						break;
					}
				}
			}
			if (target < 0) {
				// the value of the row's last label, written on the line below it (merged cells)
				previous.add(piece);
				from = previous.size();
				continue;
			}
			String joined = ImportTexts.join(previous.get(target), piece);
			notes.warn(table, line, "imports.warn.cellJoined", ImportTexts.shorten(previous.get(target)),
					ImportTexts.shorten(piece));
			previous.set(target, joined);
			from = target + 1;
		}
	}

	/** The source line of a position in the joined text. */
	private int lineAt(List<SourceLine> lines, String text, int position) {
		int newlines = 0;
		for (int i = 0; i < position && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				newlines++;
			}
		}
		if (newlines < rowLines.size()) {
			return rowLines.get(newlines);
		}
		return lines.isEmpty() ? 0 : lines.get(lines.size() - 1).number();
	}
}
