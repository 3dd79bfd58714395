package io.jixiao.checks;

import io.jixiao.checks.CheckInput.Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Real tables from the seeds as check input, and small changes to them for the failing cases. */
final class TableBuilder {

	private TableKind kind = TableKind.PROJECT;

	private TableFormat format = TableFormat.CURRENT;

	private int year = 2024;

	private String budgetUnit;

	private String projectName;

	private String projectLead;

	private String implementingUnit;

	private String contactPerson;

	private String contactPhone;

	private BigDecimal totalFunds;

	private BigDecimal fiscalFunds;

	private BigDecimal otherFunds;

	private BigDecimal fiscalUpper;

	private BigDecimal fiscalLocal;

	private String overallGoal;

	private boolean satisfactionNotApplicable;

	private String satisfactionReason;

	private final List<Row> rows = new ArrayList<>();

	/** Seed 001, line 551: 保洁用品项目 of 党政办公室 2024 (weights 60/20/10 against the frame's 50/30/10). */
	static TableBuilder cleaningSupplies() {
		TableBuilder table = new TableBuilder();
		table.budgetUnit = "库尔勒经济技术开发区管理委员会党政办公室";
		table.projectName = "保洁用品项目";
		table.projectLead = "徐晶";
		table.implementingUnit = "库尔勒经济技术开发区管理委员会党政办公室";
		table.funds("3", "3", "0.00");
		table.overallGoal = "对办公大楼及周边公共区域进行卫生保洁，保障各单位的会议服务质量，定期对基本设施进行检查，"
				+ "做好基本维护保养工作，保障办公大楼公共区域环境干净、整洁、安全、卫生。";
		table.row("产出指标", "数量指标", "购置低值易耗品次数", ">=2 批次", 10, "按照完成比例赋分", "原始凭证")
			.row("产出指标", "质量指标", "低值易耗品验收合格率", ">=95 %", 5, "按照完成比例赋分", "原始凭证")
			.row("产出指标", "质量指标", "政府采购率", ">=95 %", 10, "按照完成比例赋分", "原始凭证")
			.row("产出指标", "质量指标", "低值易耗品质量合格率", ">=95 %", 5, "按照完成比例赋分", "原始凭证")
			.row("产出指标", "时效指标", "低值易耗品采购完成率", ">=95 %", 10, "按照完成比例赋分", "原始凭证")
			.row("成本指标", "经济成本指标", "每次采购成本控制数", "<=1.50 万元", 20, "按照完成比例赋分", "原始凭证")
			.row("效益指标", "社会效益指标", "提升营商环境", "有所提升", 20, "按评判等级赋分", "工作资料")
			.row("满意度指标", "满意度指标", "工作人员满意度", ">=95 %", 10, "满意度赋分", "工作资料");
		return table;
	}

	/** Seed 004, line 40: 业务收入成本项目 of 克州妇幼保健计划生育服务中心, 2020 format, units in the names. */
	static TableBuilder maternalHealth2020() {
		TableBuilder table = new TableBuilder();
		table.format = TableFormat.Y2020;
		table.year = 2020;
		table.budgetUnit = "克州妇幼保健计划生育服务中心";
		table.projectName = "业务收入成本项目";
		table.implementingUnit = "克州妇幼保健计划生育服务中心";
		table.funds("46", "46", "0");
		table.overallGoal = "深入开展妇幼健康宣传教育。为提高妇女健康意识和自我保健意识、孕产期保健、产前筛查诊断、安全分娩、"
				+ "儿童保健、新生儿疾病筛查、儿童安全防范知识，降低孕产妇死亡率和新生儿死亡率。";
		table.row("项目完成", "数量指标", "国家孕前优生健康检查项目（对）", "≥3365")
			.row("项目完成", "数量指标", "新生儿听力筛查和疾病筛查（人）", "≥5334")
			.row("项目完成", "数量指标", "儿童营养改善项目（人）", "≥8647")
			.row("项目完成", "数量指标", "农村妇女“两癌”检查项目（人/次）", "≥13000")
			.row("项目完成", "质量指标", "资金使用合规率（%）", "100%")
			.row("项目完成", "时效指标", "资金及时拨付率（%）", "100%")
			.row("项目完成", "成本指标", "开展工作所需经费(万元)", "46")
			.row("项目效益", "社会效益指标", "提高妇女健康意识和自我保健意识", "有效提高")
			.row("项目效益", "可持续影响指标", "降低孕产妇死亡率和新生儿死亡率", "有效降低")
			.row("满意度指标", "满意度指标", "受益群众满意度（%）", "≥90%");
		return table;
	}

	/** Seed 001, line 534: the 单位整体绩效目标表 of 党政办公室 2024 (free level 1, weights 20+30+20+20). */
	static TableBuilder officeUnit() {
		TableBuilder table = new TableBuilder();
		table.kind = TableKind.UNIT;
		table.budgetUnit = "库尔勒经济技术开发区管理委员会党政办公室";
		table.contactPerson = "吴丽芬";
		table.contactPhone = "2119621";
		table.overallGoal = "根据部门工作职能，负责上级党委、政府提案的办理、督办工作；推进开发区经济建设高质量发展。";
		table.totalFunds = new BigDecimal("1307.84");
		table.fiscalUpper = new BigDecimal("0");
		table.fiscalLocal = new BigDecimal("1307.84");
		table.otherFunds = new BigDecimal("0");
		table.unitRow("宣传片制作数量", ">=2 个", 20)
			.unitRow("承办会议次数", ">=150 次", 30)
			.unitRow("机关事务管理率", ">=95%", 20)
			.unitRow("收发文件数量", ">=2500 次", 20);
		return table;
	}

	/** The rule set of the migration for current-format years: 90 = 50 + 30 + 10, satisfaction 85 %, 30 %. */
	static RuleSet ruleSet(TableFormat format) {
		return new RuleSet(2024, "2024年度规则集", format, new BigDecimal("90"), new BigDecimal("50"),
				new BigDecimal("30"), new BigDecimal("10"), new BigDecimal("85"), new BigDecimal("0.01"),
				new BigDecimal("0"), new BigDecimal("0.30"));
	}

	RuleSet ruleSet() {
		return ruleSet(this.format);
	}

	CheckInput build() {
		return new CheckInput(this.kind, this.format, this.year, this.budgetUnit, this.projectName, this.projectLead,
				this.implementingUnit, this.contactPerson, this.contactPhone, this.totalFunds, this.fiscalFunds,
				this.otherFunds, this.fiscalUpper, this.fiscalLocal, this.overallGoal, this.satisfactionNotApplicable,
				this.satisfactionReason, this.rows);
	}

	TableBuilder funds(String total, String fiscal, String other) {
		this.totalFunds = amount(total);
		this.fiscalFunds = amount(fiscal);
		this.otherFunds = amount(other);
		return this;
	}

	TableBuilder unitFunds(String total, String fiscal, String upper, String local, String other) {
		this.totalFunds = amount(total);
		this.fiscalFunds = amount(fiscal);
		this.fiscalUpper = amount(upper);
		this.fiscalLocal = amount(local);
		this.otherFunds = amount(other);
		return this;
	}

	TableBuilder projectLead(String lead) {
		this.projectLead = lead;
		return this;
	}

	TableBuilder overallGoal(String goal) {
		this.overallGoal = goal;
		return this;
	}

	TableBuilder contactPhone(String phone) {
		this.contactPhone = phone;
		return this;
	}

	TableBuilder satisfactionNotApplicable(String reason) {
		this.satisfactionNotApplicable = true;
		this.satisfactionReason = reason;
		return this;
	}

	TableBuilder row(String level1, String level2, String name, String value, int weight, String scoringRule,
			String evidence) {
		this.rows.add(new Row(level1, level2, name, value, "计划标准", "-", BigDecimal.valueOf(weight), scoringRule,
				evidence));
		return this;
	}

	/** A 2020 row: no weight, no scoring rule, no last year. */
	TableBuilder row(String level1, String level2, String name, String value) {
		this.rows.add(new Row(level1, level2, name, value, null, null, null, null, null));
		return this;
	}

	private TableBuilder unitRow(String name, String value, int weight) {
		this.rows.add(new Row("履职效能", "数量指标", name, value, "2024 年度工作计划", null, BigDecimal.valueOf(weight),
				null, null));
		return this;
	}

	TableBuilder removeRows(String level1) {
		this.rows.removeIf((row) -> level1.equals(row.level1()));
		return this;
	}

	TableBuilder levels(int index, String level1, String level2) {
		return change(index, (r) -> new Row(level1, level2, r.name(), r.value(), r.basis(), r.lastYearValue(),
				r.weight(), r.scoringRule(), r.evidence()));
	}

	TableBuilder name(int index, String name) {
		return change(index, (r) -> new Row(r.level1(), r.level2(), name, r.value(), r.basis(), r.lastYearValue(),
				r.weight(), r.scoringRule(), r.evidence()));
	}

	TableBuilder value(int index, String value) {
		return change(index, (r) -> new Row(r.level1(), r.level2(), r.name(), value, r.basis(), r.lastYearValue(),
				r.weight(), r.scoringRule(), r.evidence()));
	}

	TableBuilder lastYear(int index, String lastYearValue) {
		return change(index, (r) -> new Row(r.level1(), r.level2(), r.name(), r.value(), r.basis(), lastYearValue,
				r.weight(), r.scoringRule(), r.evidence()));
	}

	TableBuilder weight(int index, String weight) {
		return change(index, (r) -> new Row(r.level1(), r.level2(), r.name(), r.value(), r.basis(), r.lastYearValue(),
				amount(weight), r.scoringRule(), r.evidence()));
	}

	TableBuilder scoringRule(int index, String scoringRule) {
		return change(index, (r) -> new Row(r.level1(), r.level2(), r.name(), r.value(), r.basis(), r.lastYearValue(),
				r.weight(), scoringRule, r.evidence()));
	}

	private TableBuilder change(int index, UnaryOperator<Row> change) {
		this.rows.set(index, change.apply(this.rows.get(index)));
		return this;
	}

	private static BigDecimal amount(String text) {
		return (text != null) ? new BigDecimal(text) : null;
	}
}
