package io.jixiao.monitoring;

import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The monitoring rule set of a year: how many points of 序时进度 budget execution may lag before it is a warning.
 * A year without its own row in monitoring_rules takes the configured default (10 points, 财预〔2019〕136号 practice).
 */
@Component
class Tolerances {

	private final JdbcClient jdbc;
	private final BigDecimal fallback;

	Tolerances(JdbcClient jdbc, @Value("${app.monitoring.tolerance:10}") BigDecimal fallback) {
		this.jdbc = jdbc;
		this.fallback = fallback;
	}

	BigDecimal of(int year) {
		return jdbc.sql("select tolerance from monitoring_rules where rule_year = ?").param(year)
			.query(BigDecimal.class).optional().orElse(fallback);
	}
}
