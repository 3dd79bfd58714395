package io.jixiao.system;

import javax.sql.DataSource;
import org.flowable.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The product's own indexes on the engine's tables (db/engine), applied once the engine has created them: a second
 * Flyway history ({@code flyway_engine_history}), so they are versioned and applied once per database like the rest.
 */
@Configuration(proxyBeanMethods = false)
class EngineIndexes {

	@Bean
	InitializingBean engineIndexesMigration(DataSource dataSource, ProcessEngine engine) {
		return () -> Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/engine")
			.table("flyway_engine_history")
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
	}
}
