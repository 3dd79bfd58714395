package io.jixiao.monitoring;

import io.jixiao.system.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The unit's figures for a report: budget after adjustment, executed to the period's end, progress, rows. */
public record ReportFilling(BigDecimal adjusted, BigDecimal executed, String overallProgress, List<RowFilling> rows) {

	public ReportFilling {
		adjusted = money(adjusted);
		executed = money(executed);
		overallProgress = RowFilling.text("monitoring.overallProgress", overallProgress, 2000);
		rows = rows == null ? List.of() : List.copyOf(rows);
	}

	private static BigDecimal money(BigDecimal value) {
		if (value == null) {
			return null;
		}
		if (value.signum() < 0 || value.compareTo(new BigDecimal("999999999999")) > 0) {
			throw new InvalidInputException("monitoring.money");
		}
		return value.setScale(2, RoundingMode.HALF_UP);
	}
}
