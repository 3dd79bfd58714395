package io.jixiao.checks;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table as the checks read it, independent of how it is stored. Amounts are in 万元. A unit table gives its
 * fiscal funds split into {@code fiscalUpper} (上级安排) and {@code fiscalLocal} (本级安排); its {@code fiscalFunds}
 * may be left {@code null} and is then taken as their sum.
 *
 * @param kind project or unit table
 * @param format the layout, which fixes the indicator frame of a project table
 * @param year the budget year
 * @param budgetUnit 预算单位 (单位名称 of a unit table)
 * @param projectName 项目名称
 * @param projectLead 项目负责人 (current format only)
 * @param implementingUnit 项目实施单位
 * @param contactPerson 单位联系人 (unit table)
 * @param contactPhone 联系电话 (unit table)
 * @param totalFunds 年度资金总额
 * @param fiscalFunds 财政拨款
 * @param otherFunds 其他资金
 * @param fiscalUpper 财政资金上级安排 (unit table)
 * @param fiscalLocal 财政资金本级安排 (unit table)
 * @param overallGoal 项目总体目标, or 年度绩效目标 of a unit table
 * @param satisfactionNotApplicable whether 满意度指标 is marked 不适用
 * @param satisfactionReason why it does not apply
 * @param rows the level-3 indicators in table order
 */
public record CheckInput(TableKind kind, TableFormat format, int year, String budgetUnit, String projectName,
		String projectLead, String implementingUnit, String contactPerson, String contactPhone, BigDecimal totalFunds,
		BigDecimal fiscalFunds, BigDecimal otherFunds, BigDecimal fiscalUpper, BigDecimal fiscalLocal,
		String overallGoal, boolean satisfactionNotApplicable, String satisfactionReason, List<Row> rows) {

	public CheckInput {
		rows = (rows != null) ? List.copyOf(rows) : List.of();
	}

	/**
	 * One level-3 indicator (三级指标) with its level 1 and level 2 filled in (merged cells resolved).
	 *
	 * @param level1 一级指标
	 * @param level2 二级指标
	 * @param name 三级指标 name, possibly with a unit in parentheses
	 * @param value 指标值 as written
	 * @param basis 指标值设置依据
	 * @param lastYearValue 上年完成值 as written
	 * @param weight 指标分值权重, {@code null} when not given
	 * @param scoringRule 指标赋分规则
	 * @param evidence 佐证资料
	 */
	public record Row(String level1, String level2, String name, String value, String basis, String lastYearValue,
			BigDecimal weight, String scoringRule, String evidence) {
	}
}
