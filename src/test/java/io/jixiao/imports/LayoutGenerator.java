package io.jixiao.imports;

import io.jixiao.checks.TableFormat;
import io.jixiao.checks.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test oracle of the importer: renders tables whose content is known (the seeds as the importer reads them) in
 * the layouts other documents use: titles and year notations in other wordings, the other level vocabulary, the
 * 绩效指标 label column elsewhere, other cell separators, broken and merged headers, page breaks, shifted rows, level
 * cells left empty or repeated, the value in three columns. Each rendering comes with the table it must read back
 * as (the levels as rendered, the value as composed) and the warnings its damage may cause.
 */
final class LayoutGenerator {

	enum Separator {
		TAB, SPACES, BAR, BOX
	}

	enum Label {
		NONE, OWN_ROW, HEADER_LINE, FIRST_ROW
	}

	enum YearNote {
		LINE, LINE_NIANDU, PREFIX, COLON, NONE, SUFFIX
	}

	/** One layout: how titles, year, header, columns and rows are written, and the repairs it may cause. */
	static final class Layout {

		final String name;
		String projectTitle = "项目支出绩效目标表";
		String unitTitle = "单位整体绩效目标表";
		YearNote year = YearNote.LINE;
		boolean swapVocabulary;
		Label label = Label.NONE;
		Separator separator = Separator.TAB;
		boolean splitHeader;
		boolean mergedHeader;
		boolean pageBreak;
		int shift;
		boolean repeatLevels;
		boolean splitValue;
		boolean spacedLabels;
		/** The integrated budget system's export: its header rows and its eight columns; 主管部门/实施单位 when set. */
		boolean export;
		boolean exportByDepartment;
		final Set<String> allows = new LinkedHashSet<>();

		Layout(String name) {
			this.name = name;
		}

		Layout titles(String project, String unit) {
			projectTitle = project;
			unitTitle = unit;
			return this;
		}

		Layout year(YearNote note) {
			year = note;
			if (note == YearNote.NONE) {
				allows.add("imports.warn.yearFromDocument");
			}
			return this;
		}

		Layout swap() {
			swapVocabulary = true;
			allows.add("imports.warn.oldLayout");
			return this;
		}

		Layout label(Label where) {
			label = where;
			return this;
		}

		Layout separator(Separator how) {
			separator = how;
			if (how == Separator.SPACES) {
				allows.add("imports.warn.noColumns");
			}
			return this;
		}

		Layout splitHeader() {
			splitHeader = true;
			allows.add("imports.warn.columnHeaderJoined");
			return this;
		}

		Layout mergedHeader() {
			mergedHeader = true;
			return this;
		}

		Layout pageBreak() {
			pageBreak = true;
			allows.addAll(List.of("imports.warn.headerRepeatedAtBreak", "imports.warn.pageNumber"));
			return this;
		}

		Layout shift(int columns) {
			shift = columns;
			allows.add("imports.warn.rowShifted");
			return this;
		}

		Layout repeatLevels() {
			repeatLevels = true;
			return this;
		}

		Layout splitValue() {
			splitValue = true;
			allows.add("imports.warn.valueComposed");
			return this;
		}

		Layout export(boolean byDepartment) {
			export = true;
			exportByDepartment = byDepartment;
			splitValue();
			titles("项目支出绩效目标申报表", "单位整体支出绩效目标申报表");
			year(YearNote.PREFIX);
			// the export has no 项目负责人, and 2020 tables leave its 分值 and 说明 columns empty
			allows.addAll(List.of("imports.warn.missingField", "imports.warn.columnEmpty"));
			if (byDepartment) {
				allows.add("imports.warn.budgetUnitFrom");
			}
			return this;
		}

		Layout spaced() {
			spacedLabels = true;
			return this;
		}

		@Override
		public String toString() {
			return name;
		}
	}

	/** A rendering: its rows of cells (a workbook takes them as they are), and the tables it must read back as. */
	record Rendering(List<List<String>> rows, List<ImportedTable> expected) {

		String text(Separator separator) {
			StringBuilder out = new StringBuilder();
			for (List<String> row : rows) {
				if (row.size() == 1) {
					// titles, year lines and page numbers stand outside the grid
					out.append(row.get(0)).append('\n');
					continue;
				}
				out.append(switch (separator) {
					case TAB -> String.join("\t", row);
					case SPACES -> String.join("   ", row.stream().filter(c -> !c.isEmpty()).toList());
					case BAR -> "| " + String.join(" | ", row) + " |";
					case BOX -> "│" + String.join("│", row) + "│";
				}).append('\n');
			}
			return out.toString();
		}
	}

	private static final Map<String, String> TO_2020 = Map.of("产出指标", "项目完成", "效益指标", "项目效益", "成本指标", "项目完成");

	private static final Map<String, String> TO_CURRENT = Map.of("项目完成", "产出指标", "项目效益", "效益指标");

	private static final Pattern QUANTITY = Pattern.compile("^(>=|<=|≥|≤|>|<|=|＞=|＜=|＞|＜|＝)?\\s*(\\d+(?:\\.\\d+)?)\\s*([^\\d\\s]{0,6})$");

	private LayoutGenerator() {
	}

	/** The layouts of the property: at least 30, each varying what real documents vary. */
	static List<Layout> layouts() {
		List<Layout> all = new ArrayList<>();
		all.add(new Layout("canonical"));
		all.add(new Layout("申报表 (2020 年度)").titles("项目支出绩效目标申报表", "单位整体支出绩效目标申报表").year(YearNote.LINE_NIANDU));
		all.add(new Layout("2020年度…公开表").titles("项目支出绩效目标公开表", "部门整体支出绩效目标公开表").year(YearNote.PREFIX));
		all.add(new Layout("单位名+表 年度：2020").titles("{unit}项目支出绩效目标表", "{unit}整体绩效目标表").year(YearNote.COLON));
		all.add(new Layout("部门预算…（公开）").titles("部门预算项目支出绩效目标表（公开）", "部门预算单位整体绩效目标表（公开）"));
		all.add(new Layout("单位…表, no year").titles("单位项目支出绩效目标表", "单位整体支出绩效目标表").year(YearNote.NONE));
		all.add(new Layout("year in suffix").titles("项目绩效目标表", "整体绩效目标表").year(YearNote.SUFFIX));
		all.add(new Layout("other vocabulary").swap());
		all.add(new Layout("other vocabulary, 2020年度 title").swap().year(YearNote.PREFIX));
		all.add(new Layout("spaces in labels").spaced());
		all.add(new Layout("绩效指标 own row").label(Label.OWN_ROW));
		all.add(new Layout("绩效指标 on first row").label(Label.FIRST_ROW));
		all.add(new Layout("绩效指标 in header line").label(Label.HEADER_LINE));
		all.add(new Layout("multi-space").separator(Separator.SPACES));
		all.add(new Layout("multi-space, other vocabulary").separator(Separator.SPACES).swap());
		all.add(new Layout("| cells").separator(Separator.BAR));
		all.add(new Layout("│ cells").separator(Separator.BOX));
		all.add(new Layout("header split over lines").splitHeader());
		all.add(new Layout("header titles merged").mergedHeader());
		all.add(new Layout("page break").pageBreak());
		all.add(new Layout("page break, 绩效指标 own row").pageBreak().label(Label.OWN_ROW));
		all.add(new Layout("rows shifted right").shift(1));
		all.add(new Layout("rows shifted left").shift(-1));
		all.add(new Layout("levels on every row").repeatLevels());
		all.add(new Layout("value in 3 columns").splitValue());
		all.add(new Layout("value in 3 columns, | cells").splitValue().separator(Separator.BAR));
		all.add(new Layout("multi-space, spaced labels").separator(Separator.SPACES).spaced());
		all.add(new Layout("│ cells, page break").separator(Separator.BOX).pageBreak());
		all.add(new Layout("| cells, header split").separator(Separator.BAR).splitHeader());
		all.add(new Layout("no year, other vocab, spaces").year(YearNote.NONE).swap().spaced());
		all.add(new Layout("申报表, 绩效指标 first row, 3 columns").titles("项目支出绩效目标申报表", "单位整体绩效目标申报表")
			.label(Label.FIRST_ROW).splitValue());
		all.add(new Layout("公开表, levels repeated, other vocab").titles("项目支出绩效目标公开表", "单位整体绩效目标公开表")
			.repeatLevels().swap());
		all.add(new Layout("multi-space, page break").separator(Separator.SPACES).pageBreak());
		all.add(new Layout("budget system export").export(false));
		all.add(new Layout("budget system export, 主管部门/实施单位").export(true));
		return all;
	}

	/** Renders tables of one year as one document: a heading naming the year, then each table. */
	static Rendering render(List<ImportedTable> tables, Layout layout) {
		List<List<String>> rows = new ArrayList<>();
		List<ImportedTable> expected = new ArrayList<>();
		ImportedTable first = tables.get(0);
		rows.add(List.of(first.budgetUnit + first.year + "年部门预算公开"));
		rows.add(List.of(""));
		for (ImportedTable table : tables) {
			expected.add(renderTable(table, layout, rows));
			rows.add(List.of(""));
		}
		return new Rendering(rows, expected);
	}

	private static ImportedTable renderTable(ImportedTable t, Layout layout, List<List<String>> out) {
		String title = (t.kind == TableKind.UNIT ? layout.unitTitle : layout.projectTitle).replace("{unit}",
				t.budgetUnit);
		switch (layout.year) {
			case PREFIX -> out.add(List.of(t.year + "年度" + title));
			case SUFFIX -> out.add(List.of(title + "（" + t.year + "年）"));
			default -> out.add(List.of(title));
		}
		switch (layout.year) {
			case LINE -> out.add(List.of("(" + t.year + "年)"));
			case LINE_NIANDU -> out.add(List.of("(" + t.year + " 年度)"));
			case COLON -> out.add(List.of("年度：" + t.year));
			default -> {
			}
		}
		header(t, layout, out);
		ImportedTable expected = copyHeader(t);
		if (layout.export && t.kind == TableKind.PROJECT) {
			expected.projectLead = null;
		}
		List<Role> roles = roles(t, layout);
		List<List<String>> head = columnHeader(roles, layout);
		out.addAll(head);
		int half = t.rows.size() / 2;
		String level1 = null;
		String level2 = null;
		for (int i = 0; i < t.rows.size(); i++) {
			if (layout.pageBreak && i == half && i > 0) {
				out.add(List.of("- 7 -"));
				out.addAll(head);
			}
			ImportedRow row = t.rows.get(i);
			String[] levels = levels(row, layout.swapVocabulary && t.format == TableFormat.CURRENT,
					layout.swapVocabulary && t.format == TableFormat.Y2020);
			ImportedRow want = expectedRow(row, levels, layout);
			expected.rows.add(want);
			boolean newLevel1 = !levels[0].equals(level1);
			boolean newLevel2 = newLevel1 || !levels[1].equals(level2);
			level1 = levels[0];
			level2 = levels[1];
			List<String> cells = new ArrayList<>();
			for (Role role : roles) {
				switch (role) {
					case LABEL -> cells.add(i == 0 && layout.label == Label.FIRST_ROW ? "绩效指标" : "");
					case LEVEL1 -> cells.add(layout.repeatLevels || newLevel1 ? spaced(levels[0], layout) : "");
					case LEVEL2 -> cells.add(layout.repeatLevels || newLevel2 ? spaced(levels[1], layout) : "");
					case NAME -> cells.add(flat(row.name()));
					case OPERATOR, VALUE, UNIT -> cells.add(valuePart(row.value(), role, layout));
					case BASIS -> cells.add(orEmpty(row.basis()));
					case LAST_YEAR -> cells.add(orEmpty(row.lastYearValue()));
					case WEIGHT -> cells.add(row.weight() == null ? "" : row.weight().toPlainString());
					case SCORING -> cells.add(orEmpty(row.scoringRule()));
					case EVIDENCE -> cells.add(orEmpty(row.evidence()));
					default -> cells.add("");
				}
			}
			if (layout.shift > 0 && i % 3 == 1) {
				cells.add(0, "");
			}
			else if (layout.shift < 0 && i % 3 == 1 && cells.get(0).isEmpty()) {
				cells.remove(0);
			}
			out.add(cells);
		}
		return expected;
	}

	private static void header(ImportedTable t, Layout layout, List<List<String>> out) {
		if (t.kind == TableKind.UNIT) {
			out.add(List.of("单位名称", orEmpty(t.budgetUnit)));
			out.add(List.of("单位联系人", orEmpty(t.contactPerson), "联系电话", orEmpty(t.contactPhone)));
			out.add(List.of("年度资金（万元）", "资金总额", amount(t.totalFunds), "上级安排", amount(t.fiscalUpper), "本级安排",
					amount(t.fiscalLocal), "其他资金", amount(t.otherFunds)));
			out.add(List.of("年度绩效目标", flat(t.overallGoal)));
			return;
		}
		if (layout.export) {
			out.add(List.of("项目名称", orEmpty(t.projectName)));
			out.add(layout.exportByDepartment ? List.of("主管部门", orEmpty(t.budgetUnit), "实施单位", orEmpty(t.budgetUnit))
					: List.of("预算单位", orEmpty(t.budgetUnit)));
			out.add(List.of("资金情况（万元）", "年度资金总额", amount(t.totalFunds), "财政拨款", amount(t.fiscalFunds), "其他资金",
					amount(t.otherFunds)));
			out.add(List.of("年度绩效目标", flat(t.overallGoal)));
			return;
		}
		out.add(List.of("预算单位", orEmpty(t.budgetUnit), "项目名称", orEmpty(t.projectName)));
		if (t.projectLead != null) {
			out.add(List.of("项目负责人", t.projectLead));
		}
		out.add(List.of("项目资金（万元）", "年度资金总额", amount(t.totalFunds), "财政拨款", amount(t.fiscalFunds), "其他资金",
				amount(t.otherFunds)));
		out.add(List.of("项目总体目标", flat(t.overallGoal)));
	}

	/** The columns of the indicator part: those the table fills (all nine of the current project layout). */
	private static List<Role> roles(ImportedTable t, Layout layout) {
		List<Role> roles = new ArrayList<>();
		if (layout.export) {
			return List.of(Role.LEVEL1, Role.LEVEL2, Role.NAME, Role.OPERATOR, Role.VALUE, Role.UNIT, Role.WEIGHT, Role.BASIS);
		}
		if (layout.label != Label.NONE) {
			roles.add(Role.LABEL);
		}
		roles.addAll(List.of(Role.LEVEL1, Role.LEVEL2, Role.NAME));
		roles.addAll(layout.splitValue ? List.of(Role.OPERATOR, Role.VALUE, Role.UNIT) : List.of(Role.VALUE));
		boolean current = t.kind == TableKind.PROJECT && t.format == TableFormat.CURRENT;
		if (current || t.rows.stream().anyMatch(r -> r.basis() != null)) {
			roles.add(Role.BASIS);
		}
		if (current || t.rows.stream().anyMatch(r -> r.lastYearValue() != null)) {
			roles.add(Role.LAST_YEAR);
		}
		if (current || t.rows.stream().anyMatch(r -> r.weight() != null)) {
			roles.add(Role.WEIGHT);
		}
		if (current || t.rows.stream().anyMatch(r -> r.scoringRule() != null)) {
			roles.add(Role.SCORING);
		}
		if (current || t.rows.stream().anyMatch(r -> r.evidence() != null)) {
			roles.add(Role.EVIDENCE);
		}
		return roles;
	}

	private static List<List<String>> columnHeader(List<Role> roles, Layout layout) {
		List<String> titles = new ArrayList<>();
		for (Role role : roles) {
			titles.add(switch (role) {
				case LABEL -> layout.label == Label.FIRST_ROW ? "" : "绩效指标";
				case LEVEL1 -> layout.spacedLabels ? "一级 指标" : "一级指标";
				case LEVEL2 -> "二级指标";
				case NAME -> "三级指标";
				case OPERATOR -> "指标性质";
				case VALUE -> "指标值";
				case UNIT -> "度量单位";
				case BASIS -> layout.export && !layout.exportByDepartment ? "指标值说明" : "指标值设置依据";
				case LAST_YEAR -> "上年完成值";
				case WEIGHT -> layout.export ? layout.exportByDepartment ? "权重" : "分值" : "指标分值权重";
				case SCORING -> "指标赋分规则";
				case EVIDENCE -> "佐证资料";
				default -> "";
			});
		}
		List<List<String>> head = new ArrayList<>();
		if (layout.label == Label.OWN_ROW) {
			head.add(List.of("绩效指标"));
			titles.set(0, "");
		}
		if (layout.mergedHeader) {
			int name = roles.indexOf(Role.NAME);
			titles.set(name, titles.get(name) + titles.get(name + 1));
			titles.remove(name + 1);
		}
		if (layout.splitHeader) {
			List<String> below = new ArrayList<>();
			for (int i = 0; i < titles.size(); i++) {
				String title = titles.get(i);
				boolean cut = title.length() >= 6;
				below.add(cut ? title.substring(title.length() - 2) : "");
				titles.set(i, cut ? title.substring(0, title.length() - 2) : title);
			}
			head.add(titles);
			head.add(below);
			return head;
		}
		head.add(titles);
		return head;
	}

	private static String[] levels(ImportedRow row, boolean to2020, boolean toCurrent) {
		String level1 = row.level1();
		String level2 = row.level2();
		if (to2020) {
			if ("成本指标".equals(level1)) {
				level2 = "成本指标";
			}
			level1 = TO_2020.getOrDefault(level1, level1);
		}
		if (toCurrent) {
			if ("成本指标".equals(level2)) {
				level1 = "成本指标";
				level2 = "经济成本指标";
			}
			level1 = TO_CURRENT.getOrDefault(level1, level1);
		}
		return new String[] { level1, level2 };
	}

	private static ImportedRow expectedRow(ImportedRow row, String[] levels, Layout layout) {
		String value = row.value();
		if (layout.splitValue) {
			Matcher matcher = QUANTITY.matcher(value.strip());
			if (matcher.matches()) {
				value = (matcher.group(1) == null ? "" : matcher.group(1)) + matcher.group(2) + matcher.group(3);
			}
		}
		if (layout.export) {
			return new ImportedRow(levels[0], levels[1], row.name(), value, row.basis(), null, row.weight(), null, null, 0);
		}
		return new ImportedRow(levels[0], levels[1], row.name(), value, row.basis(), row.lastYearValue(), row.weight(),
				row.scoringRule(), row.evidence(), 0);
	}

	private static String valuePart(String value, Role role, Layout layout) {
		if (!layout.splitValue) {
			return flat(value);
		}
		Matcher matcher = QUANTITY.matcher(value.strip());
		if (!matcher.matches()) {
			return switch (role) {
				case OPERATOR -> "定性";
				case VALUE -> flat(value);
				default -> "";
			};
		}
		return switch (role) {
			case OPERATOR -> matcher.group(1) == null ? "" : matcher.group(1);
			case VALUE -> matcher.group(2);
			default -> matcher.group(3);
		};
	}

	private static ImportedTable copyHeader(ImportedTable t) {
		ImportedTable copy = new ImportedTable();
		copy.kind = t.kind;
		copy.year = t.year;
		copy.budgetUnit = t.budgetUnit;
		copy.projectName = t.projectName;
		copy.projectLead = t.projectLead;
		copy.totalFunds = t.totalFunds;
		copy.fiscalFunds = t.fiscalFunds;
		copy.otherFunds = t.otherFunds;
		copy.fiscalUpper = t.fiscalUpper;
		copy.fiscalLocal = t.fiscalLocal;
		copy.contactPerson = t.contactPerson;
		copy.contactPhone = t.contactPhone;
		copy.overallGoal = t.overallGoal;
		return copy;
	}

	private static String spaced(String level, Layout layout) {
		return layout.spacedLabels && level.length() == 4 ? level.substring(0, 2) + " " + level.substring(2) : level;
	}

	private static String flat(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").strip();
	}

	private static String orEmpty(String text) {
		return flat(text);
	}

	private static String amount(BigDecimal amount) {
		return amount == null ? "" : amount.toPlainString();
	}
}
