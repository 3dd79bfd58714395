package io.jixiao.publication;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.ProductTest;
import io.jixiao.checks.TableFormat;
import io.jixiao.checks.TableKind;
import io.jixiao.targets.Disclosure;
import io.jixiao.targets.Indicator;
import io.jixiao.targets.TableContent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The official layouts as the seeds print them: header blocks, merged level cells, every row filling the grid. */
@ProductTest
class OfficialLayoutTest {

	@Autowired
	PublicTexts texts;

	static PublishedTable table(TableKind kind, TableFormat format, TableContent content) {
		return new PublishedTable(1L, format == TableFormat.Y2020 ? 2020 : 2024, kind, format, 2L, "克州妇幼保健计划生育服务中心", 3L,
				"克孜勒苏柯尔克孜自治州本级", Disclosure.PUBLIC, 1, content);
	}

	static Indicator row(String level1, String level2, String name, String value, String weight) {
		return new Indicator(level1, level2, name, value, "计划标准", "-", weight == null ? null : new BigDecimal(weight),
				"按照完成比例赋分", "原始凭证", null);
	}

	/** The cell whose text is given, the first one found. */
	static Grid.Cell cell(Grid grid, String text) {
		return grid.rows().stream().flatMap(r -> r.cells().stream()).filter(c -> c.text().equals(text)).findFirst()
			.orElseThrow(() -> new AssertionError("no cell " + text));
	}

	/** Every row, with the cells reaching down into it from above, is exactly as wide as the table. */
	static void assertRectangular(Grid grid) {
		int columns = grid.columns();
		int[] coveredUntil = new int[columns];
		for (int r = 0; r < grid.rows().size(); r++) {
			int c = 0;
			for (Grid.Cell cell : grid.rows().get(r).cells()) {
				while (c < columns && coveredUntil[c] > r) {
					c++;
				}
				assertThat(c + cell.colspan()).as("row %d overflows at %s", r, cell.text()).isLessThanOrEqualTo(columns);
				for (int k = c; k < c + cell.colspan(); k++) {
					coveredUntil[k] = r + cell.rowspan();
				}
				c += cell.colspan();
			}
			for (int k = 0; k < columns; k++) {
				assertThat(coveredUntil[k]).as("row %d leaves column %d empty", r, k).isGreaterThan(r);
			}
		}
	}

	@Test
	void table2020MergesLevelCellsAndPrintsEveryBenefitLevel2EvenEmpty() {
		PublishedFixtures.Project project = PublishedFixtures.seed().projects().stream()
			.filter(p -> p.projectName().equals("业务收入成本项目")).findFirst().orElseThrow();
		TableContent content = PublishedFixtures.content2020(project, project.projectName(), project.implementingUnit());

		Grid grid = OfficialLayout.of(table(TableKind.PROJECT, TableFormat.Y2020, content), texts);

		assertRectangular(grid);
		assertThat(grid.title()).isEqualTo("项目支出绩效目标表");
		assertThat(grid.caption()).isEqualTo("（2020年）");
		assertThat(grid.columns()).isEqualTo(7);
		assertThat(cell(grid, "绩效指标").rowspan()).isEqualTo(13);
		assertThat(cell(grid, "项目完成").rowspan()).isEqualTo(7);
		assertThat(cell(grid, "数量指标").rowspan()).isEqualTo(4);
		assertThat(cell(grid, "项目效益").rowspan()).isEqualTo(4);
		assertThat(cell(grid, "经济效益指标").rowspan()).isEqualTo(1);
		assertThat(cell(grid, "生态效益指标").rowspan()).isEqualTo(1);
		assertThat(cell(grid, "年度资金总额：").style()).isEqualTo(Grid.Style.LABEL);
		assertThat(cell(grid, "46.00").number()).isEqualByComparingTo("46");
		assertThat(cell(grid, "总体目标").rowspan()).isEqualTo(2);
		assertThat(cell(grid, content.overallGoal()).colspan()).isEqualTo(6);
		List<String> level2 = grid.rows().stream().flatMap(r -> r.cells().stream())
			.filter(c -> c.style() == Grid.Style.LEVEL).map(Grid.Cell::text).toList();
		assertThat(level2).containsSubsequence("项目效益", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "满意度指标");
	}

	@Test
	void currentTableHasItsNineColumnsAndMergesLevel1AndLevel2DownTheirRows() {
		List<Indicator> rows = List.of(row("产出指标", "数量指标", "购置低值易耗品次数", ">=2 批次", "10"),
				row("产出指标", "质量指标", "低值易耗品验收合格率", ">=95 %", "5"),
				row("产出指标", "质量指标", "政府采购率", ">=95 %", "10"),
				row("产出指标", "时效指标", "低值易耗品采购完成率", ">=95 %", "10"),
				row("成本指标", "经济成本指标", "每次采购成本控制数", "<=1.50 万元", "20"),
				row("效益指标", "社会效益指标", "提升营商环境", "有所提升", "20"),
				row("满意度指标", "满意度指标", "工作人员满意度", ">=95 %", "10"));
		TableContent content = new TableContent("保洁用品项目", "徐晶", "党政办公室", null, null, null, new BigDecimal("3"),
				new BigDecimal("3"), BigDecimal.ZERO, null, null, "对办公大楼及周边公共区域进行卫生保洁。", false, null, rows);

		Grid grid = OfficialLayout.of(table(TableKind.PROJECT, TableFormat.CURRENT, content), texts);

		assertRectangular(grid);
		assertThat(grid.columns()).isEqualTo(9);
		assertThat(cell(grid, "产出指标").rowspan()).isEqualTo(4);
		assertThat(cell(grid, "质量指标").rowspan()).isEqualTo(2);
		assertThat(cell(grid, "成本指标").rowspan()).isEqualTo(1);
		assertThat(cell(grid, "项目负责人").style()).isEqualTo(Grid.Style.LABEL);
		assertThat(cell(grid, "3.00").number()).isEqualByComparingTo("3");
		assertThat(cell(grid, "0.00").style()).isEqualTo(Grid.Style.NUMBER);
		assertThat(grid.rows().stream().flatMap(r -> r.cells().stream()).map(Grid.Cell::text))
			.contains("指标值设置依据", "上年完成值", "指标分值权重", "指标赋分规则", "佐证资料", "按照完成比例赋分", "20");
		assertThat(grid.rows().stream().flatMap(r -> r.cells().stream()).map(Grid.Cell::text))
			.doesNotContain("经济效益指标");
	}

	@Test
	void unitTableShowsContactGoalBudgetBySourceAndMergedLevels() {
		List<Indicator> rows = new ArrayList<>();
		for (String name : List.of("投诉热线接听率", "规划许可证办理数量", "便民服务热线受理事务办结率", "不动产证办理数量")) {
			rows.add(new Indicator("履职效能", "数量指标", name, "＞=95%", "2025 年工作计划", null, new BigDecimal("25"), null,
					null, null));
		}
		TableContent content = new TableContent(null, null, null, null, "张莉莉", "13579005911", new BigDecimal("715.20"),
				null, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("715.20"), "打造人民群众满意的政务服务平台。", false, null,
				rows);

		Grid grid = OfficialLayout.of(table(TableKind.UNIT, TableFormat.CURRENT, content), texts);

		assertRectangular(grid);
		assertThat(grid.title()).isEqualTo("单位整体绩效目标表");
		assertThat(grid.columns()).isEqualTo(6);
		assertThat(cell(grid, "年度预算（万元）").rowspan()).isEqualTo(5);
		assertThat(cell(grid, "财政资金（万元）").rowspan()).isEqualTo(2);
		assertThat(cell(grid, "履职效能").rowspan()).isEqualTo(4);
		assertThat(cell(grid, "数量指标").rowspan()).isEqualTo(4);
		assertThat(cell(grid, "张莉莉").style()).isEqualTo(Grid.Style.VALUE);
		assertThat(cell(grid, "715.20").number()).isEqualByComparingTo("715.2");
	}

	@Test
	void summaryListPutsTheTotalFirstWithThousandsSeparators() {
		Summary summary = new Summary(2020, new Summary.Department(3L, "克孜勒苏柯尔克孜自治州本级"),
				List.of(new Summary.Row(1, "克孜勒苏柯尔克孜自治州广播电视局", "克孜勒苏柯尔克孜自治州广播电视局", "译制费",
						new BigDecimal("2469.37"), 9L)),
				new BigDecimal("2469.37"), new Summary.Statement(0, BigDecimal.ZERO, 1, new BigDecimal("2469.37"), 1, 0),
				"");

		Grid grid = OfficialLayout.summary(summary, texts);

		assertRectangular(grid);
		assertThat(grid.title()).isEqualTo("2020年克孜勒苏柯尔克孜自治州本级项目支出绩效目标");
		assertThat(grid.note()).isEqualTo("单位：万元");
		assertThat(grid.rows().get(0).cells()).extracting(Grid.Cell::text)
			.containsExactly("序号", "部门单位", "项目实施单位", "项目名称", "申请预算金额");
		assertThat(grid.rows().get(1).cells()).extracting(Grid.Cell::text).containsExactly("合计", "2,469.37");
		assertThat(cell(grid, "译制费").link()).isEqualTo(9L);
	}
}
