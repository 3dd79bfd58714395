package io.jixiao;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The {@code mysql} profile when the tests run on a MySQL-protocol server (CI's MariaDB pass, {@code TEST_DB_PREFIX}),
 * as production runs it: the product's Connector/J settings are then the ones tested and counted.
 */
public class OnMysql implements ActiveProfilesResolver {

	@Override
	public String[] resolve(Class<?> testClass) {
		return onMysql() ? new String[] { "mysql" } : new String[0];
	}

	public static boolean onMysql() {
		return String.valueOf(System.getenv("TEST_DB_PREFIX")).startsWith("jdbc:mysql:");
	}
}
