package io.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V21 divides the funds of the reports written before it by source and keeps each report's totals, so that no light
 * changes: all to 财政拨款 where the bound version has no 其他资金, else the adjusted and executed totals in the
 * proportion of the initial amounts. Run on a schema of its own (H2, or the suite's MariaDB), migrated to V20 first.
 */
class MonitoringFundsMigrationTest {

	@Test
	void reportsWrittenBeforeKeepTheirTotalsSplitInTheProportionOfTheInitialAmounts() {
		String url = System.getenv().getOrDefault("TEST_DB_PREFIX", "jdbc:h2:mem:") + "fundsmigration"
				+ System.getenv().getOrDefault("TEST_DB_SUFFIX", ";DB_CLOSE_DELAY=-1");
		DriverManagerDataSource db = new DriverManagerDataSource(url,
				System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "sa"),
				System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
		Flyway before = Flyway.configure().dataSource(db).locations("classpath:db/migration").cleanDisabled(false)
			.target("20").load();
		before.clean();
		before.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(db);
		jdbc.update("insert into organizations (id, name, kind) values (1, '单位', 'UNIT')");
		jdbc.update("insert into users (id, username, display_name, password_hash, role, organization_id)"
				+ " values (1, 'lead', '填报人', 'x', 'LEAD', 1)");
		jdbc.update("insert into monitoring_rounds (id, round_year, period, due_date, opened_by, opened_at)"
				+ " values (1, 2026, '1-7', date '2026-08-10', 1, timestamp '2026-07-01 00:00:00')");
		long ruleSet = jdbc.queryForObject("select min(id) from rule_sets", Long.class);
		table(jdbc, 1, ruleSet, "0.00");
		table(jdbc, 2, ruleSet, "1.00");
		table(jdbc, 3, ruleSet, "1.00");
		report(jdbc, 1, 1, "3.00", "3.50", "1.75");
		report(jdbc, 2, 2, "4.00", "5.00", "2.00");
		report(jdbc, 3, 3, "4.00", "4.00", null);

		Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

		assertThat(funds(jdbc, 1)).containsExactly("3.00", "3.50", "1.75", "0.00", "0.00", "0.00");
		assertThat(funds(jdbc, 2)).containsExactly("3.00", "3.75", "1.50", "1.00", "1.25", "0.50");
		assertThat(funds(jdbc, 3)).containsExactly("3.00", "3.00", null, "1.00", "1.00", null);
	}

	private static void table(JdbcTemplate jdbc, long id, long ruleSet, String other) {
		jdbc.update("insert into target_tables (id, kind, table_format, table_year, rule_set_id, unit_id, status,"
				+ " created_by, created_at, updated_at) values (?, 'PROJECT', 'CURRENT', 2026, ?, 1, 'APPROVED', 1,"
				+ " current_timestamp, current_timestamp)", id, ruleSet);
		jdbc.update("insert into table_versions (table_id, version_number, submitted_at, submitted_by, other_funds)"
				+ " values (?, 1, current_timestamp, 1, ?)", id, new BigDecimal(other));
	}

	private static void report(JdbcTemplate jdbc, long id, long table, String initial, String adjusted,
			String executed) {
		jdbc.update("insert into monitoring_reports (id, round_id, table_id, table_version, unit_id, department_id,"
				+ " status, version, budget_initial, budget_adjusted, budget_executed, updated_at)"
				+ " values (?, 1, ?, 1, 1, 1, 'DRAFT', 0, ?, ?, ?, current_timestamp)", id, table,
				new BigDecimal(initial), new BigDecimal(adjusted), executed == null ? null : new BigDecimal(executed));
	}

	private static java.util.List<String> funds(JdbcTemplate jdbc, long report) {
		Map<String, Object> row = jdbc.queryForMap("select fiscal_initial, fiscal_adjusted, fiscal_executed,"
				+ " other_initial, other_adjusted, other_executed from monitoring_reports where id = ?", report);
		return row.values().stream().map(v -> v == null ? null : ((BigDecimal) v).toPlainString()).toList();
	}
}
