package io.jixiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.ProductTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On an empty database (H2 here, MariaDB in CI's second run) Flyway migrates first and Flowable creates its tables
 * after: the engine is declared to wait for the migration, and both schemas are complete.
 */
@ProductTest
class SchemaOrderTest {

	@Autowired
	ConfigurableListableBeanFactory beans;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Flyway flyway;

	@Test
	void flowableWaitsForFlywayAndBothSchemasAreThere() {
		assertThat(beans.getBeanDefinition("springProcessEngineConfiguration").getDependsOn())
			.contains("flywayInitializer");
		assertThat(flyway.info().applied()).allSatisfy(migration -> assertThat(migration.getState().isFailed()).isFalse())
			.extracting(migration -> migration.getVersion().getVersion()).contains("1", "2", "3", "6");
		assertThat(flyway.info().pending()).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from ACT_RE_PROCDEF where KEY_ = 'targetReview'", Long.class))
			.isPositive();
	}
}
