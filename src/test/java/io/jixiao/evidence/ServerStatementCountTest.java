package io.jixiao.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.Cookie;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Statements per request as the database server counts them (its {@code Questions}), with the real sign-in: HTTP
 * Basic for the API, a browser session for a page. Besides the product's own statements (StatementCountTest) the
 * server sees what the driver adds: session and transaction state, batches. Runs on a MySQL-protocol server only
 * (CI's MariaDB pass) with the {@code mysql} profile's Connector/J settings; docs/benchmarks.md has the figures.
 */
@CountedProduct
@EnabledIf("io.jixiao.OnMysql#onMysql")
class ServerStatementCountTest {

	/**
	 * The most statements the server may receive for each request: today's figures (the evidence issue's goals: submit
	 * 26, each decision 33, publication 43, table 4, task list 6, public list 3, a page in-process count + 2). As in
	 * StatementCountTest: the daily reminder timer +1 on submit and +5 on publication, the section read +1 on a
	 * department approval, the deputies read +1 on the task page; no engine history and the audit head moved in one
	 * statement (create 10, submit 25, decisions 32, publication 48 before); the task list API reads without a transaction
	 * (7 before). The page is as many as in process (the session read, the unread count, the page's four reads, the
	 * user's monitoring tasks and self-evaluation tasks, the session's update and new CSRF token, the session read again
	 * by Spring Session's filter): no transaction around the page's reads nor the session's save (15 before, without
	 * the monitoring tasks).
	 */
	static final Map<String, Integer> CEILINGS = Map.ofEntries(Map.entry("create", 9), Map.entry("submit", 21),
			Map.entry("dept decision", 28), Map.entry("finance decision", 28), Map.entry("publication", 42),
			Map.entry("table api", 2), Map.entry("task list api", 4), Map.entry("public list", 2),
			Map.entry("task list page (session)", 12));

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JsonMapper json;

	ServerQuestions server;

	long basic(String username, MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
		return server.count(() -> mvc.perform(request.with(httpBasic(username, "demo12345"))).andExpect(expected));
	}

	long create(String body) throws Exception {
		return json.readTree(mvc.perform(post("/api/v1/tables").with(httpBasic("lead1", "demo12345"))
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString()).get("id").asLong();
	}

	@Test
	void requestsStayWithinTheirStatementCountsAtTheServer() throws Exception {
		server = new ServerQuestions(dataSource.unwrap(HikariDataSource.class));
		String body;
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		// the engine reads the process definition once per node (its cache), not per transition: warm it first
		long warmUp = create(body);
		mvc.perform(post("/api/v1/tables/" + warmUp + "/submit").with(httpBasic("lead1", "demo12345")))
			.andExpect(status().isOk());
		Map<String, Long> figures = new LinkedHashMap<>();
		long[] id = new long[1];
		figures.put("create", server.count(() -> id[0] = create(body)));
		String table = "/api/v1/tables/" + id[0];
		figures.put("submit", basic("lead1", post(table + "/submit"), status().isOk()));
		figures.put("dept decision", basic("deptrev1", post(table + "/review")
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}"), status().isOk()));
		figures.put("finance decision", basic("finance1", post(table + "/review")
			.contentType(MediaType.APPLICATION_JSON).content("{\"grade\":\"优\"}"), status().isOk()));
		figures.put("publication", basic("finance1", post(table + "/publish")
			.contentType(MediaType.APPLICATION_JSON).content("{\"disclosure\":\"PUBLIC\"}"), status().isOk()));
		figures.put("table api", basic("lead1", get(table), status().isOk()));
		figures.put("task list api", basic("finance1", get("/api/v1/tasks"), status().isOk()));
		figures.put("public list", server.count(() -> mvc.perform(get("/public/api/v1/tables?year=2026"))
			.andExpect(status().isOk())));
		Cookie session = mvc.perform(formLogin("/login").user("finance1").password("demo12345")).andReturn()
			.getResponse().getCookie("SESSION");
		int[] inProcess = new int[1];
		figures.put("task list page (session)", server.count(() -> {
			StatementCounter.start();
			mvc.perform(get("/tasks").cookie(session)).andExpect(status().isOk());
			inProcess[0] = StatementCounter.stop();
		}));
		figures.forEach((k, v) -> System.out.printf("SERVER STATEMENTS %-26s %d (ceiling %d)%n", k, v, CEILINGS.get(k)));
		System.out.printf("SERVER STATEMENTS task list page in process %d%n", inProcess[0]);
		assertThat(figures.keySet()).containsExactlyInAnyOrderElementsOf(CEILINGS.keySet());
		figures.forEach((k, v) -> assertThat(v).as(k).isLessThanOrEqualTo(CEILINGS.get(k)));
	}
}
