package io.jixiao.system;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in the database (Spring Session JDBC). Requests of one browser session run side by side (a double click,
 * a user hammering a button): each that sets an attribute first (the flash map of a redirect) inserts its row, and all
 * but one failed on the row's key with a 500. Writing the attribute as an upsert lets the last one win, as in memory.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	private static final String H2_UPSERT = "MERGE INTO %TABLE_NAME%_ATTRIBUTES"
			+ " (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)"
			+ " VALUES (?, ?, ?)";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource)
			throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		if (product.startsWith("H2")) {
			return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
		}
		// MySQL and MariaDB (Connector/J reports either): INSERT ... ON DUPLICATE KEY UPDATE
		return new MySqlJdbcIndexedSessionRepositoryCustomizer();
	}
}
