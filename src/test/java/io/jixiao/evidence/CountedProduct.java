package io.jixiao.evidence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The product with the demo data and statements counted in process, shared by the tests that count statements (one
 * context for both). On a MySQL-protocol server it runs the {@code mysql} profile, whose Connector/J settings decide
 * the round trips counted at the server. No background work shares the pool while a test counts: no job executor
 * (the product has no timers) and no session cleanup.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
@ActiveProfiles(resolver = CountedProduct.DatabaseProfile.class)
@TestPropertySource(properties = {
		"spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}statements${test.fork:}${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true", "flowable.async-executor-activate=false", "spring.session.jdbc.cleanup-cron=-" })
@interface CountedProduct {

	/** The {@code mysql} profile when the tests run on a MySQL-protocol server, as production would. */
	class DatabaseProfile implements org.springframework.test.context.ActiveProfilesResolver {

		@Override
		public String[] resolve(Class<?> testClass) {
			return onMysql() ? new String[] { "mysql" } : new String[0];
		}

		static boolean onMysql() {
			return String.valueOf(System.getenv("TEST_DB_PREFIX")).startsWith("jdbc:mysql:");
		}
	}
}
