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
}
