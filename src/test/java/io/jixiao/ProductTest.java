package io.jixiao;

import io.jixiao.evidence.StatementCounter;
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
 * The whole product with its real security, Flyway schema and Flowable engine on an in-memory H2 database with
 * the demo data; one shared context for all tests that use it, so each test makes its own tables. Every boot costs
 * seconds (on MariaDB the engine's schema too), hence one context for all: a real Tomcat on a random port for the
 * tests that need one (a second node, a proxy in front), and the statement counter, which counts only when asked.
 * Surefire runs two JVMs; test.fork (set by the pom) gives each its own database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(StatementCounter.class)
@ActiveProfiles(resolver = OnMysql.class)
@TestPropertySource(properties = { "spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}product${test.fork:}${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true", "app.imports.uploads-per-user-minute=100000", "app.imports.uploads-per-node-minute=100000" })
public @interface ProductTest {
}
