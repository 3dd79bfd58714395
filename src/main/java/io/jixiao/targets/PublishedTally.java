package io.jixiao.targets;

import io.jixiao.checks.TableKind;
import java.math.BigDecimal;

/**
 * How many published tables of one kind and disclosure a department has in a year, and their approved 年度资金总额
 * in 万元 (a table without an amount counts as zero). {@code departmentId} is null for units under no department.
 */
public record PublishedTally(Long departmentId, String departmentName, TableKind kind, Disclosure disclosure,
		long tables, BigDecimal amount) {

	public PublishedTally {
		amount = amount == null ? BigDecimal.ZERO : amount;
	}
}
