package io.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.checks.TableFormat;
import io.jixiao.checks.TableKind;
import io.jixiao.organizations.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The official order of indicator rows, and that the aggregate keeps its rows in it (no Spring). */
class IndicatorOrderTest {

	@Test
	void currentTableInMixedOrderComesOutLevelByLevelInTheFrameOrder() {
		List<Indicator> rows = List.of(row("满意度指标", "满意度指标", "满意度"), row("效益指标", "社会效益指标", "社会1"),
				row("产出指标", "时效指标", "时效"), row("成本指标", "经济成本指标", "成本"), row("产出指标", "数量指标", "数量1"),
				row("效益指标", "经济效益指标", "经济"), row("产出指标", "质量指标", "质量"), row("产出指标", "数量指标", "数量2"),
				row("效益指标", "社会效益指标", "社会2"));

		List<Indicator> sorted = IndicatorOrder.of(TableKind.PROJECT, TableFormat.CURRENT).sorted(rows);

		assertThat(sorted).extracting(Indicator::getName)
			.containsExactly("数量1", "数量2", "质量", "时效", "成本", "经济", "社会1", "社会2", "满意度");
	}

	@Test
	void rowsOfOneGroupKeepTheDrafterOrder() {
		List<Indicator> rows = List.of(row("产出指标", "数量指标", "丙"), row("效益指标", "社会效益指标", "x"),
				row("产出指标", "数量指标", "甲"), row("产出指标", "数量指标", "乙"));

		assertThat(IndicatorOrder.of(TableKind.PROJECT, TableFormat.CURRENT).sorted(rows))
			.extracting(Indicator::getName)
			.containsExactly("丙", "甲", "乙", "x");
	}

	@Test
	void labelsAsWrittenCountAsTheirFrameLabel() {
		List<Indicator> rows = List.of(row("效益 指标", "社会效益", "社会"), row("产出", "数量 指标", "数量"),
				row("满意度", "满意度", "满意度"), row("产出指标", "质量指标", "质量"));

		assertThat(IndicatorOrder.of(TableKind.PROJECT, TableFormat.CURRENT).sorted(rows))
			.extracting(Indicator::getName)
			.containsExactly("数量", "质量", "社会", "满意度");
	}

	@Test
	void unknownLabelsFollowTheKnownOnesTogetherInTheirFirstOrderAndNoneIsLost() {
		List<Indicator> rows = List.of(row("项目完成", "数量指标", "旧1"), row("满意度指标", "满意度指标", "满意度"),
				row("其他指标", "其他", "其他1"), row("产出指标", "数量指标", "数量"), row("项目完成", "数量指标", "旧2"),
				row("产出指标", "奇怪指标", "奇怪"), row("其他指标", "其他", "其他2"), row("产出指标", "质量指标", "质量"));

		List<Indicator> sorted = IndicatorOrder.of(TableKind.PROJECT, TableFormat.CURRENT).sorted(rows);

		assertThat(sorted).extracting(Indicator::getName)
			.containsExactly("数量", "质量", "奇怪", "满意度", "旧1", "旧2", "其他1", "其他2");
		assertThat(sorted).containsExactlyInAnyOrderElementsOf(rows);
	}

	@Test
	void table2020IsOrderedByItsOwnFrame() {
		List<Indicator> rows = List.of(row("满意度指标", "满意度指标", "满意度"), row("项目效益", "社会效益指标", "社会"),
				row("项目完成", "成本指标", "成本"), row("项目完成指标", "数量指标", "数量"));

		assertThat(IndicatorOrder.of(TableKind.PROJECT, TableFormat.Y2020).sorted(rows))
			.extracting(Indicator::getName)
			.containsExactly("数量", "成本", "社会", "满意度");
	}

	@Test
	void unitTableIsOrderedByTheUnitFrame() {
		List<Indicator> rows = List.of(row("服务对象满意度", "满意度指标", "满意度"), row("运行成本", "经济成本指标", "成本"),
				row("履职效能", "质量指标", "质量"), row("管理效率", "预算管理", "预算"), row("履职效能", "数量指标", "数量"));

		// the format of a unit table does not matter: its frame is the unit frame
		assertThat(IndicatorOrder.of(TableKind.UNIT, TableFormat.CURRENT).sorted(rows))
			.extracting(Indicator::getName)
			.containsExactly("数量", "质量", "预算", "成本", "满意度");
	}

	@Test
	void tableStoresItsRowsInOfficialOrderWhenCreatedAndWhenEdited() {
		Actor lead = new Actor(7, "张三", 30, "lead1");
		Instant now = Instant.parse("2026-03-01T08:00:00Z");
		TargetTable table = new TargetTable(TableKind.PROJECT, TableFormat.CURRENT, 2026, 1, 30, lead, null,
				content(row("效益指标", "社会效益指标", "社会"), row("产出指标", "数量指标", "数量")), now);
		assertThat(table.getIndicators()).extracting(Indicator::getName).containsExactly("数量", "社会");

		table.replaceContent(content(row("满意度指标", "满意度指标", "满意度"), row("成本指标", "经济成本指标", "成本"),
				row("产出指标", "数量指标", "数量")), lead, now);
		assertThat(table.getIndicators()).extracting(Indicator::getName).containsExactly("数量", "成本", "满意度");
		assertThat(table.content().indicators()).extracting(Indicator::getName).containsExactly("数量", "成本", "满意度");
	}

	private static Indicator row(String level1, String level2, String name) {
		return new Indicator(level1, level2, name, "≥1个", "计划标准", "-", BigDecimal.TEN, "按照完成比例赋分", "工作资料",
				null);
	}

	private static TableContent content(Indicator... rows) {
		return new TableContent("保洁用品项目", "张三", "某单位", null, null, null, BigDecimal.TEN, BigDecimal.TEN,
				BigDecimal.ZERO, null, null, "总体目标", false, null, List.of(rows));
	}
}
