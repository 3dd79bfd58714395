package io.jixiao.publication;

import java.math.BigDecimal;
import java.util.List;

/**
 * The summary list of a department (or of every department) and year as the first page of a disclosure shows it:
 * 序号, 部门单位, 项目实施单位, 项目名称, 申请预算金额 and 合计, public project tables only; with the 预算绩效情况
 * statement, which counts the withheld tables too (without naming them).
 */
record Summary(int year, Department department, List<Row> rows, BigDecimal total, Statement statement,
		String statementText) {

	/** One line of the list; {@code tableId} links to the public table. */
	record Row(int number, String departmentUnit, String implementingUnit, String projectName, BigDecimal amount,
			long tableId) {
	}

	/** A department as the public pages name it. */
	record Department(long id, String name) {
	}

	/**
	 * The counts of the 预算绩效情况 statement: unit overall tables, and project tables under performance management
	 * (published, public or withheld) with their amount in 万元.
	 */
	record Statement(int unitTables, BigDecimal unitAmount, int projects, BigDecimal projectAmount,
			int publicProjects, int withheldProjects) {
	}
}
