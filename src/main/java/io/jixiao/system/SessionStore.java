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
import org.springframework.transaction.support.TransactionOperations;

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

	/**
	 * Spring Session's reads and writes run without a transaction (Spring Session takes the bean by this name). On
	 * MySQL a transaction costs three statements at the server besides its own (SET autocommit=0, COMMIT, SET
	 * autocommit=1): a page with a browser session reads the session twice and saves it once, 9 statements more. A
	 * save writes the session's row and then each changed attribute as its own upsert or delete, the same writes that
	 * side-by-side requests of one session already interleave (the last one wins per attribute), so a transaction
	 * around them guarantees nothing a session relies on: a save cut short leaves the session as a concurrent request
	 * could have left it.
	 */
	@Bean
	TransactionOperations springSessionTransactionOperations() {
		return TransactionOperations.withoutTransaction();
	}
}
