package io.jixiao.publication;

import io.jixiao.checks.TableFormat;
import io.jixiao.publication.Grid.Style;
import io.jixiao.targets.Indicator;
import io.jixiao.targets.TableContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The official layouts of the disclosures (seeds 001–004): the current project table, the 2020 project table and
 * the unit overall table, each with its header block and the level-1 and level-2 cells merged down their rows; and
 * the summary list. Labels come from the bundle, amounts in 万元 with two decimals.
 */
final class OfficialLayout {

	/** Level 1 of the 2020 format whose level-2 rows the 2020 tables always print, empty ones included. */
	private static final String BENEFIT_2020 = "项目效益";

	private OfficialLayout() {
	}

	static Grid of(PublishedTable table, PublicTexts texts) {
		if (!table.isProject()) {
			return unit(table, texts);
		}
		return table.format() == TableFormat.Y2020 ? project2020(table, texts) : projectCurrent(table, texts);
	}

	/** 项目支出绩效目标表 since 2021: nine columns with basis, last year, weight, scoring rule and evidence. */
	private static Grid projectCurrent(PublishedTable table, PublicTexts texts) {
		TableContent c = table.content();
		Grid.Builder grid = new Grid.Builder();
		grid.row().cell(Style.LABEL, texts.text("public.layout.budgetUnit"), 2).cell(Style.VALUE, table.unitName(), 7);
		grid.row().cell(Style.LABEL, texts.text("public.layout.projectName"), 2).cell(Style.VALUE, c.projectName(), 3)
			.cell(Style.LABEL, texts.text("public.layout.projectLead"), 2).cell(Style.VALUE, c.projectLead(), 2);
		grid.row().cell(Style.LABEL, texts.text("public.layout.funds"), 2)
			.cell(Style.LABEL, texts.text("public.layout.totalFunds"))
			.amount(c.totalFunds(), PublicTexts.plain(c.totalFunds()), 1)
			.cell(Style.LABEL, texts.text("public.layout.fiscalFunds"), 2)
			.amount(c.fiscalFunds(), PublicTexts.plain(c.fiscalFunds()), 1)
			.cell(Style.LABEL, texts.text("public.layout.otherFunds"))
			.amount(c.otherFunds(), PublicTexts.plain(c.otherFunds()), 1);
		grid.row().cell(Style.LABEL, texts.text("public.layout.overallGoal"), 2).cell(Style.GOAL, c.overallGoal(), 7);
		grid.row();
		for (String head : List.of("level1", "level2", "name", "value", "basis", "lastYear", "weight", "scoring",
				"evidence")) {
			grid.cell(Style.HEAD, texts.text("public.layout.col." + head));
		}
		List<Line> lines = lines(table, texts);
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			grid.row().levels(lines, i, Line::level1, Line::level2);
			Indicator row = line.row();
			grid.cell(Style.VALUE, line.name()).cell(Style.VALUE, line.value());
			grid.cell(Style.VALUE, row == null ? "" : row.getBasis())
				.cell(Style.VALUE, row == null ? "" : row.getLastYearValue())
				.cell(Style.VALUE, row == null || row.getWeight() == null ? "" : row.getWeight().toPlainString())
				.cell(Style.VALUE, row == null ? "" : row.getScoringRule())
				.cell(Style.VALUE, row == null ? "" : row.getEvidence());
		}
		return new Grid(texts.text("public.layout.project.title"), caption(table, texts), null,
				List.of(9, 10, 22, 12, 11, 9, 8, 14, 11), false, 0, grid.rows());
	}

	/**
	 * 项目支出绩效目标表 of 2020: a label column (预算单位, 项目资金, 总体目标, 绩效指标 merged down all indicator rows),
	 * names and values over two columns each, and every level 2 of 项目效益 printed even when empty.
	 */
	private static Grid project2020(PublishedTable table, PublicTexts texts) {
		TableContent c = table.content();
		List<Line> lines = lines(table, texts);
		Grid.Builder grid = new Grid.Builder();
		grid.row().cell(Style.LABEL, texts.text("public.layout.budgetUnit")).cell(Style.VALUE, table.unitName(), 3)
			.cell(Style.LABEL, texts.text("public.layout.projectName")).cell(Style.VALUE, c.projectName(), 2);
		grid.row().cell(Style.LABEL, texts.text("public.layout.y2020.funds"))
			.cell(Style.LABEL, texts.text("public.layout.y2020.totalFunds"))
			.amount(c.totalFunds(), PublicTexts.plain(c.totalFunds()), 1)
			.cell(Style.LABEL, texts.text("public.layout.fiscalFunds"))
			.amount(c.fiscalFunds(), PublicTexts.plain(c.fiscalFunds()), 1)
			.cell(Style.LABEL, texts.text("public.layout.y2020.otherFunds"))
			.amount(c.otherFunds(), PublicTexts.plain(c.otherFunds()), 1);
		grid.row().cell(Style.LABEL, texts.text("public.layout.y2020.overallGoal"), 1, 2)
			.cell(Style.HEAD, texts.text("public.layout.y2020.annualGoal"), 6);
		grid.row().cell(Style.GOAL, c.overallGoal(), 6);
		grid.row().cell(Style.LABEL, texts.text("public.layout.y2020.indicators"), 1, lines.size() + 1)
			.cell(Style.HEAD, texts.text("public.layout.col.level1"))
			.cell(Style.HEAD, texts.text("public.layout.col.level2"))
			.cell(Style.HEAD, texts.text("public.layout.col.name"), 2)
			.cell(Style.HEAD, texts.text("public.layout.y2020.value"), 2);
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			grid.row().levels(lines, i, Line::level1, Line::level2);
			grid.cell(Style.VALUE, line.name(), 2).cell(Style.VALUE, line.value(), 2);
		}
		return new Grid(texts.text("public.layout.project.title"), caption(table, texts), null,
				List.of(8, 10, 12, 16, 10, 12, 10), false, 0, grid.rows());
	}

	/** 单位整体绩效目标表: contact, annual goal, the budget by source, and indicators with basis and weight. */
	private static Grid unit(PublishedTable table, PublicTexts texts) {
		TableContent c = table.content();
		Grid.Builder grid = new Grid.Builder();
		grid.row().cell(Style.LABEL, texts.text("public.layout.unit.name"), 2).cell(Style.VALUE, table.unitName(), 4);
		grid.row().cell(Style.LABEL, texts.text("public.layout.unit.contactPerson"), 2)
			.cell(Style.VALUE, c.contactPerson())
			.cell(Style.LABEL, texts.text("public.layout.unit.contactPhone"))
			.cell(Style.VALUE, c.contactPhone(), 2);
		grid.row().cell(Style.LABEL, texts.text("public.layout.unit.goal"), 2).cell(Style.GOAL, c.overallGoal(), 4);
		grid.row().cell(Style.LABEL, texts.text("public.layout.unit.budget"), 2, 5)
			.cell(Style.HEAD, texts.text("public.layout.unit.source"), 2)
			.cell(Style.HEAD, texts.text("public.layout.unit.total"), 2);
		grid.row().cell(Style.LABEL, texts.text("public.layout.unit.fiscal"), 1, 2)
			.cell(Style.LABEL, texts.text("public.layout.unit.upper"))
			.amount(c.fiscalUpper(), PublicTexts.plain(c.fiscalUpper()), 2);
		grid.row().cell(Style.LABEL, texts.text("public.layout.unit.local"))
			.amount(c.fiscalLocal(), PublicTexts.plain(c.fiscalLocal()), 2);
		grid.row().cell(Style.LABEL, texts.text("public.layout.unit.otherFunds"))
			.cell(Style.LABEL, texts.text("public.layout.unit.other"))
			.amount(c.otherFunds(), PublicTexts.plain(c.otherFunds()), 2);
		grid.row().cell(Style.LABEL, texts.text("public.layout.unit.sum"), 2)
			.amount(c.totalFunds(), PublicTexts.plain(c.totalFunds()), 2);
		grid.row();
		for (String head : List.of("level1", "level2", "name", "value")) {
			grid.cell(Style.HEAD, texts.text("public.layout.col." + head));
		}
		grid.cell(Style.HEAD, texts.text("public.layout.unit.basis")).cell(Style.HEAD, texts.text("public.layout.unit.weight"));
		List<Line> lines = lines(table, texts);
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			grid.row().levels(lines, i, Line::level1, Line::level2);
			Indicator row = line.row();
			grid.cell(Style.VALUE, line.name()).cell(Style.VALUE, line.value())
				.cell(Style.VALUE, row == null ? "" : row.getBasis())
				.cell(Style.VALUE, row == null || row.getWeight() == null ? "" : row.getWeight().toPlainString());
		}
		return new Grid(texts.text("public.layout.unit.title"), caption(table, texts), null,
				List.of(10, 10, 24, 12, 16, 8), false, 0, grid.rows());
	}

	/** The summary list: 合计 first, as on the first page of seed 004, then the projects. */
	static Grid summary(Summary summary, PublicTexts texts) {
		Grid.Builder grid = new Grid.Builder();
		grid.row();
		for (String head : List.of("number", "departmentUnit", "implementingUnit", "projectName", "amount")) {
			grid.cell(Style.HEAD, texts.text("public.summary.col." + head));
		}
		grid.row().cell(Style.TOTAL, texts.text("public.summary.total"), 4)
			.amount(summary.total(), texts.grouped(summary.total()), 1);
		for (Summary.Row row : summary.rows()) {
			grid.row().cell(Style.CENTER, String.valueOf(row.number())).cell(Style.VALUE, row.departmentUnit())
				.cell(Style.VALUE, row.implementingUnit()).link(Style.VALUE, row.projectName(), row.tableId())
				.amount(row.amount(), texts.grouped(row.amount()), 1);
		}
		return new Grid(summaryTitle(summary, texts), null, texts.text("public.unitNote"), List.of(6, 26, 26, 34, 14),
				true, 1, grid.rows());
	}

	static String summaryTitle(Summary summary, PublicTexts texts) {
		return texts.text("public.summary.title", String.valueOf(summary.year()),
				summary.department() == null ? "" : summary.department().name());
	}

	private static String caption(PublishedTable table, PublicTexts texts) {
		return texts.text("public.layout.yearCaption", String.valueOf(table.year()));
	}

	/** One printed indicator line: a row of the table, or an empty level-2 line of the 2020 layout. */
	private record Line(String level1, String level2, Indicator row, String name, String value) {
	}

	/** The indicator lines in their approved order, with the satisfaction line of a table that has none. */
	private static List<Line> lines(PublishedTable table, PublicTexts texts) {
		List<Line> lines = new ArrayList<>();
		for (Indicator row : table.content().indicators()) {
			lines.add(new Line(row.getLevel1(), row.getLevel2(), row, row.getName(), row.getValue()));
		}
		if (table.isProject() && table.format() == TableFormat.Y2020) {
			lines = withEmptyBenefitLines(lines);
		}
		if (table.content().satisfactionNotApplicable()) {
			String satisfaction = table.isProject() ? "满意度指标" : "";
			lines.add(new Line(satisfaction, satisfaction, null,
					texts.text("public.layout.notApplicable", Objects.toString(table.content().satisfactionReason(), "")),
					""));
		}
		return lines;
	}

	/** The 2020 tables list 经济, 社会, 生态效益 and 可持续影响 under 项目效益 in this order, an empty line for each unused. */
	private static List<Line> withEmptyBenefitLines(List<Line> lines) {
		int first = -1;
		int end = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (BENEFIT_2020.equals(lines.get(i).level1())) {
				first = first < 0 ? i : first;
				end = i + 1;
			}
		}
		if (first < 0) {
			return lines;
		}
		List<Line> block = lines.subList(first, end);
		List<String> frame = TableFormat.Y2020.frame().get(BENEFIT_2020);
		int previous = -1;
		for (Line line : block) {
			int at = frame.indexOf(line.level2());
			if (!BENEFIT_2020.equals(line.level1()) || at < 0 || at < previous) {
				return lines; // not together or not in the frame's order: print them exactly as approved
			}
			previous = at;
		}
		List<Line> ordered = new ArrayList<>();
		for (String level2 : frame) {
			List<Line> of = block.stream().filter(line -> level2.equals(line.level2())).toList();
			ordered.addAll(of.isEmpty() ? List.of(new Line(BENEFIT_2020, level2, null, "", "")) : of);
		}
		List<Line> result = new ArrayList<>(lines.subList(0, first));
		result.addAll(ordered);
		result.addAll(lines.subList(end, lines.size()));
		return result;
	}
}
