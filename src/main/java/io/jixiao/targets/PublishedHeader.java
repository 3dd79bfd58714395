package io.jixiao.targets;

import io.jixiao.checks.TableFormat;
import io.jixiao.checks.TableKind;
import java.math.BigDecimal;

/**
 * A published table as lists show it, without its indicator rows: where it belongs (its unit and the unit's
 * department, null for a unit under none) and the header values of its approved version (never the live table).
 * {@code originalVersion} and {@code adjustmentReason} are set when that version is an adjustment's (调整后).
 */
public record PublishedHeader(long id, int year, TableKind kind, TableFormat format, long unitId, String unitName,
		Long departmentId, String departmentName, Disclosure disclosure, int approvedVersion, String projectName,
		String implementingUnit, BigDecimal totalFunds, Integer originalVersion, String adjustmentReason) {

	public boolean isPublic() {
		return disclosure == Disclosure.PUBLIC;
	}

	public boolean isProject() {
		return kind == TableKind.PROJECT;
	}

	/** What the table is called in lists: the project, or the unit for a unit overall table. */
	public String title() {
		return isProject() ? projectName : unitName;
	}

	/** 申请预算金额: the approved 年度资金总额 in 万元, zero when none was written. */
	public BigDecimal amount() {
		return totalFunds == null ? BigDecimal.ZERO : totalFunds;
	}
}
