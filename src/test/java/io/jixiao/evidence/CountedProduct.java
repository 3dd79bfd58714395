package io.jixiao.evidence;

import io.jixiao.OnMysql;
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
@ActiveProfiles(resolver = OnMysql.class)
@TestPropertySource(properties = {
		"spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}statements${test.fork:}${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true", "flowable.async-executor-activate=false", "spring.session.jdbc.cleanup-cron=-" })
@interface CountedProduct {
}
