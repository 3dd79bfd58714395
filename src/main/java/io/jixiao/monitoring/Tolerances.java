package io.jixiao.monitoring;

import java.math.BigDecimal;
import java.util.List;
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

	/** A year's own tolerance. */
	record Year(int year, BigDecimal tolerance) {
	}

	BigDecimal of(int year) {
		return jdbc.sql("select tolerance from monitoring_rules where rule_year = ?").param(year)
			.query(BigDecimal.class).optional().orElse(fallback);
	}

	BigDecimal fallback() {
		return fallback;
	}

	/** The years that have their own tolerance, latest first. */
	List<Year> years() {
		return jdbc.sql("select rule_year, tolerance from monitoring_rules order by rule_year desc")
			.query((rs, n) -> new Year(rs.getInt(1), rs.getBigDecimal(2))).list();
	}

	/** Sets a year's tolerance (the caller's transaction holds the row from the update on). */
	void set(int year, BigDecimal tolerance) {
		if (jdbc.sql("update monitoring_rules set tolerance = ? where rule_year = ?").params(tolerance, year)
			.update() == 0) {
			jdbc.sql("insert into monitoring_rules (rule_year, tolerance) values (?, ?)").params(year, tolerance).update();
		}
	}
}
