package io.jixiao.monitoring;

import io.jixiao.system.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The unit's figures for a report: per source (财政拨款, 其他资金) the budget after adjustment and the amount executed
 * to the period's end, in 万元; progress; rows.
 */
public record ReportFilling(BigDecimal fiscalAdjusted, BigDecimal fiscalExecuted, BigDecimal otherAdjusted,
		BigDecimal otherExecuted, String overallProgress, List<RowFilling> rows) {

	public ReportFilling {
		fiscalAdjusted = Money.amount(fiscalAdjusted, "monitoring.money");
		fiscalExecuted = Money.amount(fiscalExecuted, "monitoring.money");
		otherAdjusted = Money.amount(otherAdjusted, "monitoring.money");
		otherExecuted = Money.amount(otherExecuted, "monitoring.money");
		overallProgress = RowFilling.text("monitoring.overallProgress", overallProgress, 2000);
		rows = rows == null ? List.of() : List.copyOf(rows);
	}
}
