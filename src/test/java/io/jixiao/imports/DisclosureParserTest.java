package io.jixiao.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.NoDatabase;
import io.jixiao.checks.TableFormat;
import io.jixiao.checks.TableKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The four published documents of the seeds, read as a careful reader would: tables, fields, rows and warnings. */
@NoDatabase
class DisclosureParserTest {

	private static final ImportMessages MESSAGES = Seeds.messages();

	static DisclosureParser.Result parse(String seed) {
		return DisclosureParser.parse(Seeds.text(seed));
	}

	static List<Integer> rowCounts(DisclosureParser.Result result) {
		return result.tables().stream().map(t -> t.rows.size()).toList();
	}

	/** The warnings on a line of a table, as the user reads them. */
	static List<String> warnings(DisclosureParser.Result result, Integer table, int line) {
		return result.notes().warnings().stream()
			.filter(n -> java.util.Objects.equals(n.table(), table) && n.line() != null && n.line() == line)
			.map(MESSAGES::text)
			.toList();
	}

	static void header(ImportedTable t, TableKind kind, int year, String unit, String project, String lead,
			String total, String fiscal, String other, String goalStart) {
		assertThat(t.kind).isEqualTo(kind);
		assertThat(t.year).isEqualTo(year);
		assertThat(t.budgetUnit).isEqualTo(unit);
		assertThat(t.projectName).isEqualTo(project);
		assertThat(t.projectLead).isEqualTo(lead);
		assertThat(t.totalFunds).isEqualByComparingTo(total);
		assertThat(t.fiscalFunds).isEqualByComparingTo(fiscal);
		if (other == null) {
			assertThat(t.otherFunds).isNull();
		}
		else {
			assertThat(t.otherFunds).isEqualByComparingTo(other);
		}
		assertThat(t.overallGoal).startsWith(goalStart);
	}

	static void row(ImportedRow r, String level1, String level2, String name, String value, String basis,
			String lastYear, Integer weight, String scoring, String evidence) {
		assertThat(List.of(r.level1(), r.level2(), r.name(), r.value()))
			.containsExactly(level1, level2, name, value);
		assertThat(r.basis()).isEqualTo(basis);
		assertThat(r.lastYearValue()).isEqualTo(lastYear);
		if (weight == null) {
			assertThat(r.weight()).isNull();
		}
		else {
			assertThat(r.weight()).isEqualByComparingTo(BigDecimal.valueOf(weight));
		}
		assertThat(r.scoringRule()).isEqualTo(scoring);
		assertThat(r.evidence()).isEqualTo(evidence);
	}

	@Nested
	class Seed001 {

		final DisclosureParser.Result result = parse(Seeds.S001);

		@Test
		void findsEightProjectTablesAndOneUnitTableWithTheirRowCounts() {
			assertThat(result.tables()).extracting(t -> t.kind)
				.containsExactly(TableKind.UNIT, TableKind.PROJECT, TableKind.PROJECT, TableKind.PROJECT,
						TableKind.PROJECT, TableKind.PROJECT, TableKind.PROJECT, TableKind.PROJECT, TableKind.PROJECT);
			assertThat(rowCounts(result)).containsExactly(4, 8, 13, 17, 7, 11, 12, 7, 7);
			assertThat(result.notes().errors()).isEmpty();
			assertThat(result.tables()).allSatisfy(t -> assertThat(t.year).isEqualTo(2024));
		}

		@Test
		void readsTheUnitTableWithFundsBySourceAndTheirSum() {
			ImportedTable unit = result.tables().get(0);
			assertThat(unit.budgetUnit).isEqualTo("库尔勒经济技术开发区管理委员会党政办公室");
			assertThat(unit.contactPerson).isEqualTo("吴丽芬");
			assertThat(unit.contactPhone).isEqualTo("2119621");
			assertThat(unit.fiscalUpper).isEqualByComparingTo("0");
			assertThat(unit.fiscalLocal).isEqualByComparingTo("1307.84");
			assertThat(unit.otherFunds).isEqualByComparingTo("0");
			assertThat(unit.totalFunds).isEqualByComparingTo("1307.84");
			assertThat(unit.overallGoal).startsWith("1. 根据部门工作职能").endsWith("提供了有力的支撑和保障。");
			row(unit.rows.get(0), "履职效能", "数量指标", "宣传片制作数量", ">=2 个", "2024 年度工作计划", null, 20, null, null);
			row(unit.rows.get(2), "履职效能", "数量指标", "机关事务管理率", ">=95%", "自治区和自治州工作文件", null, 20, null, null);
			assertThat(warnings(result, 1, 534)).anyMatch(w -> w.contains("按来源合计为 1307.84"));
		}

		@Test
		void readsTheCleaningTableWhoseGoalWrapsOntoAnotherLine() {
			ImportedTable t = result.tables().get(1);
			header(t, TableKind.PROJECT, 2024, "库尔勒经济技术开发区管理委员会党政办公室", "保洁用品项目", "徐晶", "3", "3", "0",
					"对办公大楼及周边公共区域进行卫生保洁");
			assertThat(t.overallGoal).endsWith("环境干净、整洁、安全、卫生。");
			row(t.rows.get(0), "产出指标", "数量指标", "购置低值易耗品次数", ">=2 批次", "计划标准", "-", 10, "按照完成比例赋分", "原始凭证");
			row(t.rows.get(2), "产出指标", "质量指标", "政府采购率", ">=95 %", "计划标准", "-", 10, "按照完成比例赋分", "原始凭证");
			row(t.rows.get(5), "成本指标", "经济成本指标", "每次采购成本控制数", "<=1.50 万元", "计划标准", "-", 20, "按照完成比例赋分", "原始凭证");
			row(t.rows.get(7), "满意度指标", "满意度指标", "工作人员满意度", ">=95 %", "计划标准", "-", 10, "满意度赋分", "工作资料");
			assertThat(warnings(result, 2, 560)).anyMatch(w -> w.contains("「卫生。」已合并"));
			assertThat(warnings(result, 2, 563)).anyMatch(w -> w.contains("4 行的一级或二级指标为空"));
		}

		@Test
		void readsTheRepairTableWithSplitLabelsShiftedRowsAndACellOverTwoLines() {
			ImportedTable t = result.tables().get(2);
			header(t, TableKind.PROJECT, 2024, "库尔勒经济技术开发区管理委员会党政办公室", "大楼维修项目", "徐晶", "30", "30", "0",
					"围绕提升硬环境");
			row(t.rows.get(9), "成本指标", "经济成本指标", "工程质保资金数", "<=13.41万元", "计划标准", "-", 10, "按照完成比例赋分", null);
			row(t.rows.get(10), "成本指标", "经济成本指标", "设备维保及零星采购资金数", "<=16.59万元", "计划标准", "-", 10, "按照完成比例赋分", "原始凭证");
			row(t.rows.get(12), "满意度指标", "满意度指标", "受益群体满意度", ">=95%", "计划标准", "-", 10, "满意度赋分", "工作资料");
			assertThat(warnings(result, 3, 579)).anyMatch(w -> w.contains("「年度预算总」与「额:」已合并"))
				.anyMatch(w -> w.contains("「其中: 财政」与「拨款」已合并"));
			assertThat(warnings(result, 3, 580)).anyMatch(w -> w.contains("HTML 标记"));
			assertThat(warnings(result, 3, 591)).anyMatch(w -> w.contains("2 行的单元格与表头错位") && w.contains("第 591、592 行"))
				.anyMatch(w -> w.contains("1 行缺少「佐证资料」"));
			assertThat(warnings(result, 3, 596)).anyMatch(w -> w.contains("「受益群体满」与「意度」已合并"))
				.anyMatch(w -> w.contains("「%」与上一行「>=95%」的结尾重复"));
			assertThat(warnings(result, 3, 597)).anyMatch(w -> w.contains("分隔线"));
		}

		@Test
		void readsTheDigitalPlatformTableJoiningASplitNameAndScoringRule() {
			ImportedTable t = result.tables().get(3);
			header(t, TableKind.PROJECT, 2024, "库尔勒经济技术开发区管理委员会党政办公室", "数字化平台建设和档案馆设备采购项目", "罗婷", "80",
					"80", "0", "开发区数字化平台建设");
			row(t.rows.get(2), "产出指标", "数量指标", "宣传品采购批次", ">=1批次", "计划标准", "-", 4, "按照完成比例赋分", "工作资料,原始凭证");
			row(t.rows.get(9), "产出指标", "时效指标", "第三方机构服务及时率", ">=95%", "计划标准", "-", 3, "按照完成比例赋分", "工作资料");
			row(t.rows.get(16), "满意度指标", "满意度指标", "使用人员满意度", ">=95%", "计划标准", "-", 10, "满意度赋分", "工作资料");
			assertThat(warnings(result, 4, 619)).anyMatch(w -> w.contains("「标」与上一行「时效指标」的结尾重复"))
				.anyMatch(w -> w.contains("「按照完」与「成比例赋分」已合并"));
		}

		@Test
		void readsTheOtherProjectTables() {
			header(result.tables().get(4), TableKind.PROJECT, 2024, "库尔勒经济技术开发区管理委员会党政办公室", "慰问项目", "徐晶",
					"10", "10", "0", "军民融合发展呈现整体推进");
			ImportedTable it = result.tables().get(5);
			header(it, TableKind.PROJECT, 2024, "库尔勒经济技术开发区管理委员会党政办公室", "信息化基础建设及设备维护项目", "唐永成",
					"40", "40", "0", "为管委会电子政务");
			row(it.rows.get(3), "产出指标", "质量指标", "软件及系统故障率", "<=10%", "计划标准", "-", 6, "直接赋分", "工作资料");
			assertThat(warnings(result, 6, 662)).anyMatch(w -> w.contains("「软件及系」与「统故障率」已合并"));
			ImportedTable fees = result.tables().get(6);
			header(fees, TableKind.PROJECT, 2024, "库尔勒经济技术开发区管理委员会党政办公室", "协会会费及法律服务项目", "徐晶", "9",
					"9", "0", "通过委托第三方提供法律咨询服务");
			row(fees.rows.get(11), "满意度指标", "满意度指标", "服务对象满意度", ">=95%", "计划标准", "-", 10, null, "工作资料");
			assertThat(warnings(result, 7, 690)).anyMatch(w -> w.contains("3 行缺少「指标赋分规则」（第 690、691、692 行）"));
			header(result.tables().get(7), TableKind.PROJECT, 2024, "库尔勒经济技术开发区管理委员会党政办公室", "园区形象宣传项目",
					"周海军", "34.25", "34.25", "0", "通过宣传片内容展示");
			header(result.tables().get(8), TableKind.PROJECT, 2024, "库尔勒经济技术开发区管理委员会党政办公室", "招商引资专项经费",
					"徐晶", "50", "50", "0", "开发区外出招商引资经费");
		}
	}

	@Nested
	class Seed002 {

		final DisclosureParser.Result result = parse(Seeds.S002);

		@Test
		void findsFourProjectTablesOfTwoUnits() {
			assertThat(rowCounts(result)).containsExactly(9, 8, 9, 8);
			assertThat(result.tables()).extracting(t -> t.budgetUnit)
				.containsExactly("库尔勒市人民政府办公室", "库尔勒市人民政府办公室", "库尔勒市行政服务中心", "库尔勒市行政服务中心");
			assertThat(result.notes().errors()).isEmpty();
		}

		@Test
		void readsEveryTable() {
			ImportedTable first = result.tables().get(0);
			header(first, TableKind.PROJECT, 2023, "库尔勒市人民政府办公室", "部门专项—政府办公室业务经费", "许方远", "30", "30", "0",
					"在春节、古尔邦节、重阳节开展3次节日慰问");
			row(first.rows.get(0), "产出指标", "数量指标", "节日慰问次数", "=3次", "历史标准", "1次", 10, "按照完成比例赋分", "工作资料");
			row(first.rows.get(5), "成本指标", "经济成本指标", "节日慰问成本", "≤16700元/次", "预算支出标准", "16900元/次", 10, "按照完成比例赋分", "原始凭证");
			row(first.rows.get(7), "效益指标", "社会效益指标", "公共服务能力水平", "有效提升", "计划标准", "达成目标", 20, "按评判等级赋分", "正式材料");
			header(result.tables().get(1), TableKind.PROJECT, 2023, "库尔勒市人民政府办公室", "科技三项费—智慧城市电子政务运维经费",
					"熊峰立", "300", "300", "0", "完成规划馆");
			row(result.tables().get(1).rows.get(3), "产出指标", "质量指标", "系统运维及时率", "=98%", "计划标准", "无", 10, "直接赋分", "工作资料");
			ImportedTable hotline = result.tables().get(2);
			header(hotline, TableKind.PROJECT, 2023, "库尔勒市行政服务中心", "部门专项—“12345”政务热线平台及政务网络维护工作人员费用",
					"李振东", "40", "40", null, "目标 1、聘请政务热线工作人员 7 名");
			assertThat(hotline.overallGoal).doesNotContain("<p>").contains("目标 2、");
			row(hotline.rows.get(3), "产出指标", "时效指标", "政务热线催办,转办,督办完成时限", "=24 小时", "历史标准", "24 小时", 8, "按照完成比例赋分", "正式材料");
			row(hotline.rows.get(4), "产出指标", "时效指标", "政务热线工作人员月工资发放及时性", "=100%", "其他标准", "100%", 8, "按照完成比例赋分", "原始凭证");
			row(hotline.rows.get(5), "成本指标", "经济效益指标", "政务热线工作人员月工资", "≤ 2909 元/月/人", "预算支出标准", "2909 元/月/人", 10, "按照完成比例赋分", "原始凭证");
			ImportedTable centre = result.tables().get(3);
			header(centre, TableKind.PROJECT, 2023, "库尔勒市行政服务中心", "部门专项—行政服务中心业务经费", "李振东", "10", "10", "0",
					"目标 1、保障公共办事场所 8970 平方米");
			row(centre.rows.get(5), "成本指标", "经济成本指标", "单位运行经费支出", "≤454.45 元/人", "预算支出标准", "200000", 20, "按照完成比例赋分", "原始凭证");
		}

		@Test
		void warnsAboutTheMissingOtherFundsTheShiftedRowsAndTheCostGroupUnderTheWrongLevel() {
			assertThat(warnings(result, 3, 501)).anyMatch(w -> w.contains("表头缺少「其他资金」"));
			assertThat(warnings(result, 3, 502)).anyMatch(w -> w.contains("HTML 标记"));
			assertThat(warnings(result, 3, 507)).anyMatch(w -> w.contains("第 507、508 行"));
			assertThat(warnings(result, 3, 509)).anyMatch(w -> w.contains("二级指标「经济效益指标」不属于一级指标「成本指标」"));
			assertThat(warnings(result, 1, 471)).anyMatch(w -> w.contains("「业务工作开展率」与第 470 行同名"));
		}
	}

	@Nested
	class Seed003 {

		final DisclosureParser.Result result = parse(Seeds.S003);

		@Test
		void findsOneUnitTableAndThreeProjectTablesInTextWithoutColumns() {
			assertThat(result.tables()).extracting(t -> t.kind)
				.containsExactly(TableKind.UNIT, TableKind.PROJECT, TableKind.PROJECT, TableKind.PROJECT);
			assertThat(rowCounts(result)).containsExactly(4, 11, 7, 16);
			assertThat(result.notes().errors()).isEmpty();
			assertThat(warnings(result, 2, 1033)).anyMatch(w -> w.contains("没有列分隔"));
			assertThat(warnings(result, 2, 1064)).anyMatch(w -> w.contains("「上年完成值」一列全部为空"));
		}

		@Test
		void readsTheUnitTableWhoseCellsAreBrokenOverLines() {
			ImportedTable unit = result.tables().get(0);
			assertThat(unit.year).isEqualTo(2025);
			assertThat(unit.budgetUnit).isEqualTo("库尔勒经济技术开发区政务服务中心");
			assertThat(unit.contactPerson).isEqualTo("张莉莉");
			assertThat(unit.contactPhone).isEqualTo("13579005911");
			assertThat(unit.fiscalLocal).isEqualByComparingTo("715.20");
			assertThat(unit.totalFunds).isEqualByComparingTo("715.20");
			assertThat(unit.overallGoal).startsWith("依据国家、自治区和自治州").contains("法律法规和标准规范")
				.endsWith("更加高效、便捷的服务。");
			row(unit.rows.get(0), "履职效能", "数量指标", "投诉热线接听率", "＞=95%", "2025 年工作计划", null, 25, null, null);
			row(unit.rows.get(1), "履职效能", "数量指标", "规划许可证办理数量", "＞=500 份", "2025 年工作计划", null, 20, null, null);
			row(unit.rows.get(2), "履职效能", "数量指标", "便民服务热线受理事务办结率", "＞=95%", "2025 年工作计划", null, 20, null, null);
			row(unit.rows.get(3), "履职效能", "数量指标", "不动产证办理数量", "＞=3000 份", "2025 年工作计划", null, 25, null, null);
		}

		@Test
		void readsTheProjectTablesJoiningValuesAndLevelsSplitOverLines() {
			ImportedTable counters = result.tables().get(1);
			header(counters, TableKind.PROJECT, 2025, "库尔勒经济技术开发区政务服务中心", "一门、一网、一线综柜建设", "白玫", "80", "80",
					"0", "致力于“一网一门一线”建设");
			assertThat(counters.overallGoal).contains("保障政务服务系统稳定运行");
			row(counters.rows.get(0), "产出指标", "数量指标", "设备采购批次", "＞=3次", "计划标准", null, 6, "按照完成比例赋分", "工作资料");
			row(counters.rows.get(3), "产出指标", "质量指标", "设备质量合格率", "＞=95%", "计划标准", null, 6, "按照完成比例赋分", "工作资料");
			row(counters.rows.get(7), "成本指标", "经济成本指标", "软件维护费用", "＜=30万元", "计划标准", null, 10, "按照完成比例赋分", "工作资料");
			row(counters.rows.get(9), "效益指标", "经济效益指标", "推进政务服务工作", "持续推进", "计划标准", null, 20, "按评判等级赋分", "工作资料");
			row(counters.rows.get(10), "满意度指标", "满意度指标", "使用人员满意度", "＞=95%", "计划标准", null, 10, "满意度赋分", "工作资料");
			ImportedTable rent = result.tables().get(2);
			header(rent, TableKind.PROJECT, 2025, "库尔勒经济技术开发区政务服务中心", "政务办公场所租赁", "白玫", "121.02", "121.02",
					"0", "投入 121.02 万元租用人才大厦");
			row(rent.rows.get(0), "产出指标", "数量指标", "房屋租赁面积", "=4734.80 平方米", "计划标准", null, 10, "按照完成比例赋分", "工作资料");
			row(rent.rows.get(3), "成本指标", "经济成本指标", "场地租赁费", "＜=103.98 万元", "计划标准", null, 10, "按照完成比例赋分", "工作资料");
			row(rent.rows.get(4), "成本指标", "经济成本指标", "物业费", "＜=17.04 万元", "计划标准", null, 10, "按照完成比例赋分", "工作资料");
			row(rent.rows.get(5), "效益指标", "社会效益指标", "提升办公环境质量", "有效提升", "计划标准", null, 15, "按评判等级赋分", "工作资料");
			ImportedTable special = result.tables().get(3);
			header(special, TableKind.PROJECT, 2025, "库尔勒经济技术开发区政务服务中心", "政务专项工作经费", "白玫", "6", "6", "0",
					"根据政务服务中心单位职能");
			row(special.rows.get(0), "产出指标", "数量指标", "空白证书采购数量", "＞=3000份", "计划标准", null, 5, "按照完成比例赋分", "工作资料");
			row(special.rows.get(13), "成本指标", "经济成本指标", "机房采购空调费", "＜=1.50万元", "计划标准", null, 5, "按照完成比例赋分", "工作资料");
			assertThat(special.rows).extracting(ImportedRow::weight).map(BigDecimal::intValue)
				.containsOnly(5, 10).hasSize(16);
		}
	}

	@Nested
	class Seed004 {

		final DisclosureParser.Result result = parse(Seeds.S004);

		@Test
		void findsThirtyTablesInThe2020LayoutAndNotTheSummaryList() {
			assertThat(rowCounts(result)).containsExactly(10, 8, 12, 7, 8, 8, 7, 9, 9, 12, 7, 9, 16, 14, 10, 13, 7, 8, 8,
					17, 9, 8, 15, 9, 7, 9, 7, 12, 9, 8);
			assertThat(result.tables()).allSatisfy(t -> {
				assertThat(t.format).isEqualTo(TableFormat.Y2020);
				assertThat(t.kind).isEqualTo(TableKind.PROJECT);
				assertThat(t.projectLead).isNull();
			});
			assertThat(result.notes().errors()).isEmpty();
		}

		@Test
		void readsTheFirstTablesWithLevelNamesAsWritten() {
			ImportedTable t = result.tables().get(0);
			header(t, TableKind.PROJECT, 2020, "克州妇幼保健计划生育服务中心", "业务收入成本项目", null, "46", "46", "0", "深入开展妇幼健康宣传教育");
			row(t.rows.get(0), "项目完成", "数量指标", "国家孕前优生健康检查项目（对）", "≥3365", null, null, null, null, null);
			row(t.rows.get(6), "项目完成", "成本指标", "开展工作所需经费(万元)", "46", null, null, null, null, null);
			row(t.rows.get(7), "项目效益", "社会效益指标", "提高妇女健康意识和自我保健意识", "有效提高", null, null, null, null, null);
			row(t.rows.get(9), "满意度指标", "满意度指标", "受益群众满意度（%）", "≥90%", null, null, null, null, null);
			assertThat(warnings(result, 1, 55)).anyMatch(w -> w.contains("二级指标「经济效益指标」下没有三级指标"));
			assertThat(warnings(result, 1, 59)).anyMatch(w -> w.contains("错位"));
			ImportedTable translation = result.tables().get(1);
			header(translation, TableKind.PROJECT, 2020, "克孜勒苏柯尔克孜自治州广播电视局", "译制费", null, "469.37", "469.37", "0",
					"主要用于翻译剧本");
			row(translation.rows.get(7), "满意度指标", "满意度指标", "工作人员满意度(%)", "≥90%", null, null, null, null, null);
			ImportedTable disabled = result.tables().get(2);
			header(disabled, TableKind.PROJECT, 2020, "克孜勒苏柯尔克孜自治州残疾人联合会", "残疾人就业保障金项目", null, "120", "80",
					"40", "该项目资金用于");
			row(disabled.rows.get(8), "项目效益", "经济效益指标", "减轻残疾人经济负担", "减轻", null, null, null, null, null);
			row(disabled.rows.get(9), "项目效益", "社会效益指标", "提高残疾人就业融入社会率", "有所提高", null, null, null, null, null);
			header(result.tables().get(8), TableKind.PROJECT, 2020, "克州林业和草原局", "森林生态效益检查验收费", null, "65", "0",
					"65", "通过监督检查公益林管护面积");
			row(result.tables().get(8).rows.get(5), "项目完成", "成本指标", "国有国家级公益林管护补助标准 (元/亩)", "5", null, null, null, null, null);
		}

		@Test
		void movesMergedLevelCellsThatTheConversionPutIntoTheRowAbove() {
			ImportedTable museum = result.tables().get(14);
			header(museum, TableKind.PROJECT, 2020, "克州美术馆", "免费开放活动经费", null, "156.61", "0", "156.61", "该项目资金目前使用");
			row(museum.rows.get(6), "项目效益", "成本指标", "免费开放活动费用(万元)", "156.61", null, null, null, null, null);
			row(museum.rows.get(8), "项目效益", "可持续发展指标", "发展文化事业", "长期", null, null, null, null, null);
			row(museum.rows.get(9), "满意度指标", "满意度指标", "受益群众满意度(%)", "≥90%", null, null, null, null, null);
			assertThat(warnings(result, 15, 347)).anyMatch(w -> w.contains("「满意度指标、满意度指标」属于下一行"));
			assertThat(warnings(result, 15, 343)).anyMatch(w -> w.contains("二级指标「成本指标」不属于一级指标「项目效益」"));
		}

		@Test
		void readsALabelCellInARowAndARepeatedHeaderLine() {
			ImportedTable network = result.tables().get(18);
			assertThat(network.overallGoal).startsWith("主要用于支付“专网”租赁费");
			row(network.rows.get(0), "项目完成", "数量指标", "“专网”租赁线(条)", "1", null, null, null, null, null);
			ImportedTable office = result.tables().get(27);
			header(office, TableKind.PROJECT, 2021, "中共克孜勒苏柯尔克孜自治州委员会办公室", "专用通信运行维护费", null, "87.96", "87.96",
					"0", "该项目资金主要用于");
			row(office.rows.get(5), "项目完成", "时效指标", "全年工作任务开始至结束日期", "1-12月", null, null, null, null, null);
			assertThat(warnings(result, 28, 606)).anyMatch(w -> w.contains("「中共克孜勒苏柯尔克孜自治州委员会办公室」没有对应的栏目"));
			assertThat(warnings(result, 28, 607)).anyMatch(w -> w.contains("「项目名称」重复出现"));
		}

		@Test
		void warnsWhereTheDocumentDisagreesWithItself() {
			assertThat(warnings(result, 28, 602))
				.anyMatch(w -> w.contains("「专用通信运行维护费」的申请预算金额为 89.76（第 15 行），与本表的年度资金总额 87.96 不一致"));
			ImportedTable finance = result.tables().get(24);
			assertThat(finance.totalFunds).isEqualByComparingTo("52.24");
			assertThat(finance.fiscalFunds).isEqualByComparingTo("52");
			assertThat(warnings(result, 25, 544)).anyMatch(w -> w.contains("年度资金总额 52.24 不等于财政拨款 52.00 与其他资金 0.00 之和"));
			assertThat(warnings(result, 21, 458)).anyMatch(w -> w.contains("表格年度为 2021 年，与文件标题的 2020 年不同"));
			assertThat(result.tables().get(20).year).isEqualTo(2021);
		}
	}

	@Test
	void readsSeed004QuicklyEnoughForARequest() {
		String text = Seeds.text(Seeds.S004);
		DisclosureParser.parse(text);
		long start = System.nanoTime();
		DisclosureParser.parse(text);
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3000);
	}
}
