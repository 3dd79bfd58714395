package io.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Concurrency and access on monitoring reports: one transition however many try, no path into another unit's report. */
@ProductTest
class MonitoringSafetyTest {

	static final int ATTEMPTS = 20;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService accounts;

	MonitoringCalls api;

	/** A page request as a signed-in user (pages take the form login's session, not HTTP Basic). */
	ResultActions page(String username, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(accounts.loadUserByUsername(username))));
	}

	@BeforeEach
	void calls() {
		api = new MonitoringCalls(mvc, json);
	}

	@Test
	void twentyParallelAcceptancesOfOneReportGiveOneTransition() throws Exception {
		long table = api.approved(2023);
		api.openRound(2023, "1-10");
		long rid = api.reportOf(table);
		api.fill(rid, api.filling(rid, "2.80", ">=2批次", "确定能", null, null)).andExpect(status().isOk());
		api.postAs("lead1", "/api/v1/monitoring/" + rid + "/submit", null).andExpect(status().isOk());
		api.review("deptrev1", rid, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());

		ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
		List<MockHttpServletResponse> responses = new ArrayList<>();
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (int i = 0; i < ATTEMPTS; i++) {
				String user = i % 2 == 0 ? "finance1" : "finance2";
				answers.add(pool.submit(() -> {
					start.await();
					return mvc.perform(post("/api/v1/monitoring/" + rid + "/review").with(httpBasic(user, "demo12345"))
						.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}"))
						.andReturn().getResponse();
				}));
			}
			start.countDown();
			for (Future<MockHttpServletResponse> answer : answers) {
				responses.add(answer.get());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(responses).extracting(MockHttpServletResponse::getStatus).filteredOn(s -> s == 200).hasSize(1);
		assertThat(responses).extracting(MockHttpServletResponse::getStatus).filteredOn(s -> s == 409)
			.hasSize(ATTEMPTS - 1);
		for (MockHttpServletResponse response : responses) {
			if (response.getStatus() == 409) {
				assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"error\":\"conflict\"");
			}
		}
		assertThat(api.report("finance1", rid).get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(jdbc.queryForObject("select count(*) from audit_events where table_id = ? and action = ?",
				Long.class, table, "MONITOR_APPROVE")).isEqualTo(2);
		assertThat(api.read(api.getAs("finance1", "/api/v1/monitoring/tasks")).toString())
			.doesNotContain("\"reportId\":" + rid + ",");
	}

	@Test
	void anotherUnitsReportIsRefusedOnEveryPath() throws Exception {
		long table = api.approved(2022);
		long round = api.openRound(2022, "1-10").get("id").asLong();
		long rid = api.reportOf(table);
		String path = "/api/v1/monitoring/" + rid;
		List<ResultActions> refused = List.of(api.getAs("lead2", path), api.putAs("lead2", path, "{\"version\":0}"),
				api.postAs("lead2", path + "/submit", null),
				api.postAs("lead2", path + "/review", "{\"decision\":\"APPROVE\"}"),
				api.postAs("lead2", path + "/rectification", "{\"result\":\"x\"}"),
				api.getAs("lead2", "/api/v1/tables/" + table + "/monitoring"),
				api.getAs("lead2", "/api/v1/monitoring/rounds/" + round),
				page("lead2", get("/monitoring/reports/" + rid)), page("lead2", get("/monitoring/reports/" + rid + ".xlsx")),
				page("lead2", get("/monitoring/reports/" + rid + ".pdf")),
				page("lead2", get("/monitoring/rounds/" + round)), page("lead2", get("/monitoring/rounds/" + round + ".xlsx")),
				page("lead2", post("/monitoring/reports/" + rid).param("version", "0").with(csrf())),
				page("lead2", post("/monitoring/reports/" + rid + "/review").param("decision", "APPROVE").with(csrf())),
				page("lead2", post("/monitoring/reports/" + rid + "/rectification").param("result", "x").with(csrf())));
		for (ResultActions answer : refused) {
			assertThat(answer.andReturn().getResponse().getStatus()).as(answer.andReturn().getRequest().getRequestURI())
				.isIn(403, 404);
		}
		api.getAs("lead1", path).andExpect(status().isOk());
		api.getAs("deptrev1", path).andExpect(status().isOk());
		api.getAs("lead1", "/api/v1/monitoring/" + (rid + 100000)).andExpect(status().isNotFound());
		// segregation of duties: the unit's lead never reviews its own report
		api.fill(rid, api.filling(rid, "2.00", ">=2批次", "确定能", null, null)).andExpect(status().isOk());
		api.postAs("lead1", path + "/submit", null).andExpect(status().isOk());
		api.review("lead1", rid, "{\"decision\":\"APPROVE\"}").andExpect(status().isForbidden());
		api.review("lead2", rid, "{\"decision\":\"APPROVE\"}").andExpect(status().isForbidden());
	}
}
