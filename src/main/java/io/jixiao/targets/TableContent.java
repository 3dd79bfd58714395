package io.jixiao.targets;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a drafter may change on a table: the header and the indicator rows in their order.
 * Money in 万元.
 */
public record TableContent(String projectName, String projectLead, String implementingUnit, String functionCode,
		String contactPerson, String contactPhone, BigDecimal totalFunds, BigDecimal fiscalFunds,
		BigDecimal otherFunds, BigDecimal fiscalUpper, BigDecimal fiscalLocal, String overallGoal,
		boolean satisfactionNotApplicable, String satisfactionReason, List<Indicator> indicators) {

	public TableContent {
		indicators = List.copyOf(indicators);
	}

	/** 其他资金 as a later report starts from it: none written is none. */
	public BigDecimal otherOrZero() {
		return otherFunds == null ? BigDecimal.ZERO : otherFunds;
	}

	/** 财政拨款 as a later report starts from it: as written, else what 年度资金总额 leaves after 其他资金, else none. */
	public BigDecimal fiscalOrRest() {
		if (fiscalFunds != null) {
			return fiscalFunds;
		}
		return totalFunds == null ? BigDecimal.ZERO : totalFunds.subtract(otherOrZero());
	}
}
