package io.jixiao.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.NoDatabase;
import io.jixiao.checks.TableKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Other documents of the same kind: the noise of the seeds in other places and layouts the seeds do not have. */
@NoDatabase
class ParserVariantsTest {

	private static final ImportMessages MESSAGES = Seeds.messages();

	static DisclosureParser.Result parse(String... lines) {
		return DisclosureParser.parse(String.join("\n", lines));
	}

	static List<String> warnings(DisclosureParser.Result result) {
		return result.notes().warnings().stream().map(n -> "L" + n.line() + " " + MESSAGES.text(n)).toList();
	}

	static final String HEADER = "一级指标\t二级指标\t三级指标\t指标值\t指标值设置依据\t上年完成值\t指标分值权重\t指标赋分规则\t佐证资料";

	@Test
	void aTitleWithItsYearAndMarkupAndAHeaderBrokenOverTwoLines() {
		DisclosureParser.Result result = parse("**2025年项目支出绩效目标表**", "预算单位\t某局\t项目名称\t培训项目\t项目负责人\t张三",
				"项目资金（万元）\t年度资金总额\t10\t财政拨款\t8\t其他资金\t2", "项目总体目标\t完成培训。",
				"一级指标\t二级指标\t三级指标\t指标值\t指标值设置依\t上年完成\t指标分值权重\t指标赋分规则\t佐证资料", "\t\t\t\t据\t值\t\t\t",
				"产出 指标\t数量 指标\t培训 人次\t≥100人次\t计划标准\t-\t90\t按照完成比例赋分\t工作资料");

		ImportedTable table = result.tables().get(0);
		assertThat(table.year).isEqualTo(2025);
		assertThat(table.projectName).isEqualTo("培训项目");
		assertThat(table.otherFunds).isEqualByComparingTo("2");
		ImportedRow row = table.rows.get(0);
		assertThat(List.of(row.level1(), row.level2(), row.name(), row.value(), row.lastYearValue()))
			.containsExactly("产出指标", "数量指标", "培训人次", "≥100人次", "-");
		assertThat(warnings(result)).anyMatch(w -> w.startsWith("L6 指标表头被断成两行"))
			.anyMatch(w -> w.contains("汉字被空格拆开"));
	}

	@Test
	void aRowRepeatedAtAPageBreakWithItsRepeatedHeaderIsDroppedOnce() {
		DisclosureParser.Result result = parse("项目支出绩效目标表", "（2024年）", "预算单位\t某局", "项目名称\t会议项目", HEADER,
				"产出指标\t数量指标\t会议次数\t>=4次\t计划标准\t-\t40\t按照完成比例赋分\t工作资料", "- 3 -",
				"---------", HEADER,
				"产出指标\t数量指标\t会议次数\t>=4次\t计划标准\t-\t40\t按照完成比例赋分\t工作资料",
				"满意度指标\t满意度指标\t参会人员满意度\t＞=90%\t计划标准\t-\t50\t满意度赋分\t<b>工作资料</b>");

		ImportedTable table = result.tables().get(0);
		assertThat(table.rows).extracting(ImportedRow::name).containsExactly("会议次数", "参会人员满意度");
		assertThat(table.rows.get(1).evidence()).isEqualTo("工作资料");
		assertThat(warnings(result)).contains("L10 本行与第 6 行完全相同（分页处重复），已略过。",
				"L7 已忽略页码「- 3 -」。", "L9 分页处重复的指标表头，已略过。", "L8 已忽略分隔线。", "L11 已去除本行中的 HTML 标记（<b>、<p> 等）。");
	}

	@Test
	void operatorAndUnitColumnsOfOtherLayoutsMakeOneValue() {
		DisclosureParser.Result result = parse("项目支出绩效目标表", "(2025年)", "预算单位\t某局", "项目名称\t道路养护",
				"一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t指标分值权重",
				"产出指标\t数量指标\t养护里程\t≥\t120\t公里\t30");

		ImportedRow row = result.tables().get(0).rows.get(0);
		assertThat(row.value()).isEqualTo("≥120公里");
		assertThat(row.weight()).isEqualByComparingTo("30");
		assertThat(warnings(result)).anyMatch(w -> w.contains("1 个指标值由指标性质、指标值和计量单位三列合成"));
	}

	@Test
	void aUnitTableTitleOnlyAndTwoProjectsThatContinueOnTheNextPage() {
		DisclosureParser.Result result = parse("单位整体绩效目标表", "(2025年)", "单位名称\t某中心", "单位联系人\t李四\t联系电话\t123",
				"年度绩效目标\t做好服务。", "一级指标\t二级指标\t三级指标\t指标值\t指标设定依据\t分值权重",
				"履职效能\t数量指标\t服务人次\t>=1000人次\t年度计划\t90", "项目支出绩效目标表", "(2025年)", "预算单位\t某中心",
				"项目名称\t平台运维", HEADER, "产出指标\t数量指标\t巡检次数\t>=12次\t计划标准\t-\t45\t按照完成比例赋分\t工作资料",
				"项目支出绩效目标表", HEADER, "满意度指标\t满意度指标\t使用人员满意度\t>=95%\t计划标准\t-\t45\t满意度赋分\t工作资料");

		assertThat(result.tables()).hasSize(2);
		assertThat(result.tables().get(0).kind).isEqualTo(TableKind.UNIT);
		assertThat(result.tables().get(0).rows.get(0).basis()).isEqualTo("年度计划");
		assertThat(result.tables().get(1).rows).extracting(ImportedRow::name).containsExactly("巡检次数", "使用人员满意度");
		assertThat(warnings(result)).anyMatch(w -> w.startsWith("L14 分页处重复的表题，本段各行已并入上一张表「平台运维」"));
	}

	@Test
	void aTableTheReaderWasUnsureAboutIsMarkedForReviewWhileSureRepairsAreNot() {
		DisclosureParser.Result result = parse("项目支出绩效目标表", "(2025年)", "预算单位\t某局", "项目名称\t道路养护",
				"项目负责人\t张三", "项目资金（万元）\t年度资金总额\t10\t财政拨款\t10\t其他资金\t0", "项目总体目标\t养护道路。", HEADER,
				"产出指标\t数量指标\t养护里程\t≥120公里\t计划标准\t-\t90\t按照完成比例赋分\t工作资料", "- 2 -",
				"\t\t养护质量\t合格\t计划标准\t-\t10\t直接赋分\t工作资料", "项目支出绩效目标表", "(2025年)",
				"预算单位\t某局", "项目名称\t绿化", HEADER, "\t\t植树数量\t≥100棵\t计划标准\t-\t100\t按照完成比例赋分\t工作资料");

		assertThat(result.tables()).hasSize(2);
		assertThat(result.notes().doubts(1)).isFalse();
		assertThat(result.notes().doubts(2)).isTrue();
	}

	@Test
	void proseIsNotATableAndASummaryTotalThatDisagreesIsNoted() {
		assertThat(parse("本单位无其他需说明事项。").tables()).isEmpty();
		DisclosureParser.Result result = parse("序号\t部门单位\t项目实施单位\t项目名称\t申请预算金额", "合计\t\t\t\t30.00",
				"1\t某局\t某局\t甲项目\t10.00", "2\t某局\t某局\t乙项目\t15.00", "", "项目支出绩效目标表", "(2020年)",
				"预算单位\t某局\t\t\t项目名称\t甲项目", "项目资金\t年度资金总额:\t10\t其中:财政拨款\t10\t其他资金\t0",
				"绩效指标\t一级指标\t二级指标\t三级指标\t指标值(包含数字及文字描述)", "\t项目完成\t数量指标\t完成数量(个)\t≥5");

		assertThat(warnings(result)).contains("L2 汇总表的合计 30.00 与各项目申请预算金额之和 25.00 不一致。",
				"L4 汇总表列出的「乙项目」在文件中没有对应的绩效目标表。");
	}
}
