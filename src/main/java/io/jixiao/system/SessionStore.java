package io.jixiao.system;

import java.sql.DatabaseMetaData;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

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
	 * A page with a browser session reads the session twice (before the request, and again after saving it: Spring
	 * Session's filter asks whether the requested id is still valid), each one query; in a transaction of its own
	 * each cost MySQL three statements more (SET autocommit=0, COMMIT, SET autocommit=1). Reads now go without one;
	 * a save or delete, several statements, still runs in its own transaction, as Spring Session's default does.
	 * (Spring Session takes the bean by this name.)
	 */
	@Bean
	ReadsWithoutTransaction springSessionTransactionOperations(PlatformTransactionManager transactions) {
		TransactionTemplate writes = new TransactionTemplate(transactions);
		writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new ReadsWithoutTransaction(writes);
	}

	/**
	 * The repository reads through {@code execute} (a session by id or by principal, and the expired sessions' one
	 * DELETE) and writes through {@code executeWithoutResult} (a session's save or delete).
	 */
	record ReadsWithoutTransaction(TransactionOperations writes) implements TransactionOperations {

		@Override
		public <T> T execute(TransactionCallback<T> action) {
			return TransactionOperations.withoutTransaction().execute(action);
		}

		@Override
		public void executeWithoutResult(Consumer<TransactionStatus> action) {
			writes.executeWithoutResult(action);
		}
	}
}
