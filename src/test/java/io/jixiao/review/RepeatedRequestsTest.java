package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Double clicks and repeated requests: a submission or decision sent twice, or many times at once, counts once. */
@ProductTest
class RepeatedRequestsTest {

	static final int ATTEMPTS = 12;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@LocalServerPort
	int port;

	ReviewCalls api;

	@BeforeEach
	void calls() {
		api = new ReviewCalls(mvc, json);
	}

	/** Runs the same request from {@link #ATTEMPTS} threads released at once; the answers in order. */
	static List<MockHttpServletResponse> atOnce(Callable<MockHttpServletResponse> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (int i = 0; i < ATTEMPTS; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return request.call();
				}));
			}
			start.countDown();
			List<MockHttpServletResponse> responses = new ArrayList<>();
			for (Future<MockHttpServletResponse> answer : answers) {
				responses.add(answer.get());
			}
			return responses;
		}
		finally {
			pool.shutdown();
		}
	}

	static void oneWinnerTheRestConflicts(List<MockHttpServletResponse> responses) throws Exception {
		assertThat(responses).extracting(MockHttpServletResponse::getStatus).filteredOn(s -> s == 200).hasSize(1);
		assertThat(responses).extracting(MockHttpServletResponse::getStatus).filteredOn(s -> s == 409)
			.hasSize(ATTEMPTS - 1);
		for (MockHttpServletResponse response : responses) {
			if (response.getStatus() == 409) {
				assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"error\":\"conflict\"")
					.containsAnyOf("不允许此操作", "刚刚已被他人处理", "已被他人修改");
			}
		}
	}

	long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	long processes(long tableId) {
		return runtime.createProcessInstanceQuery().processDefinitionKeys(java.util.Set.copyOf(Stage.KEYS))
			.processInstanceBusinessKey(String.valueOf(tableId)).count();
	}

	void everyoneToldOnce(long tableId, String kind) {
		assertThat(count("select count(*) from notifications where table_id = ? and kind = ?", tableId, kind))
			.isPositive()
			.isEqualTo(count("select count(distinct user_id) from notifications where table_id = ? and kind = ?",
					tableId, kind));
	}

	@Test
	void concurrentSubmissionsOfOneDraftStartOneProcessWithOneVersion() throws Exception {
		long id = api.draft();

		oneWinnerTheRestConflicts(atOnce(() -> api.submit(id).andReturn().getResponse()));

		assertThat(api.statusOf(id)).isEqualTo("DEPT_REVIEW");
		assertThat(processes(id)).isEqualTo(1);
		assertThat(tasks.createTaskQuery().processDefinitionKeyIn(Stage.KEYS)
			.processInstanceBusinessKey(String.valueOf(id)).count()).isEqualTo(1);
		assertThat(count("select count(*) from table_versions where table_id = ?", id)).isEqualTo(1);
		api.getAs("lead1", "/api/v1/tables/" + id + "/versions").andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].number").value(1));
		assertThat(count("select count(*) from review_events where table_id = ? and action = 'SUBMIT'", id))
			.isEqualTo(1);
		assertThat(count("select count(*) from audit_events where table_id = ? and action = 'SUBMIT'", id)).isEqualTo(1);
		everyoneToldOnce(id, "newTask");
		assertThat(InvariantCheckTest.violatingIds(api.invariants())).doesNotContain(id);
	}

	@Test
	void concurrentResubmissionsOfAReturnedTableGiveOneNewVersion() throws Exception {
		long id = api.draft();
		api.submit(id).andExpect(status().isOk());
		api.review("deptrev1", id, "{\"decision\":\"RETURN\",\"comment\":\"请细化成本指标\"}").andExpect(status().isOk());

		oneWinnerTheRestConflicts(atOnce(() -> api.submit(id).andReturn().getResponse()));

		assertThat(api.statusOf(id)).isEqualTo("DEPT_REVIEW");
		assertThat(processes(id)).isEqualTo(1);
		assertThat(tasks.createTaskQuery().processDefinitionKeyIn(Stage.KEYS)
			.processInstanceBusinessKey(String.valueOf(id)).singleResult()
			.getTaskDefinitionKey()).isEqualTo("deptReviewTask");
		assertThat(count("select count(*) from table_versions where table_id = ?", id)).isEqualTo(2);
		assertThat(count("select count(*) from review_events where table_id = ? and action = 'SUBMIT'", id))
			.isEqualTo(2);
		assertThat(InvariantCheckTest.violatingIds(api.invariants())).doesNotContain(id);
	}

	@Test
	void aSecondSubmissionIsRefusedInChineseAndChangesNothing() throws Exception {
		long id = api.draft();
		api.submit(id).andExpect(status().isOk());
		long version = api.read(api.getAs("lead1", "/api/v1/tables/" + id)).get("version").asLong();

		api.submit(id).andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("conflict"))
			.andExpect(jsonPath("$.message").value("该表当前状态不允许此操作，可能已被他人处理，请刷新页面。"));

		api.getAs("lead1", "/api/v1/tables/" + id).andExpect(jsonPath("$.status").value("DEPT_REVIEW"))
			.andExpect(jsonPath("$.version").value(version));
		assertThat(count("select count(*) from table_versions where table_id = ?", id)).isEqualTo(1);
		assertThat(processes(id)).isEqualTo(1);
		assertThat(count("select count(*) from audit_events where table_id = ? and action = 'SUBMIT'", id)).isEqualTo(1);
	}

	@Test
	void aDecisionSentTwiceIsTakenOnceAndTheRepeatIsAConflict() throws Exception {
		long id = api.draft();
		api.submit(id);
		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value(Matchers.containsString("没有待您处理的审核任务")));

		api.review("finance1", id, "{\"grade\":\"优\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		api.review("finance1", id, "{\"grade\":\"优\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("conflict"))
			.andExpect(jsonPath("$.message").value(Matchers.containsString("没有待您处理的审核任务")));
		api.publish(id).andExpect(status().isOk());
		api.publish(id).andExpect(status().isConflict());

		assertThat(api.statusOf(id)).isEqualTo("PUBLISHED");
		assertThat(count("select count(*) from review_events where table_id = ? and action = 'APPROVE'", id))
			.isEqualTo(2);
		assertThat(count("select count(*) from review_events where table_id = ? and action = 'PUBLISH'", id))
			.isEqualTo(1);
		assertThat(count("select count(*) from audit_events where table_id = ? and action in ('APPROVE', 'PUBLISH')",
				id)).isEqualTo(3);
		everyoneToldOnce(id, "approved");
		assertThat(processes(id)).isZero();
	}

	/**
	 * Twenty form posts of one browser session at once (a user hammering 提交审核): each request saves the session's
	 * flash map, and concurrent first saves of one attribute collided on its key (500). Now: one submission, every
	 * other post back on the table's page or the 409 page, none a 500.
	 */
	@Test
	void parallelFormPostsOfOneSessionGiveOneTransitionAndNoServerError() throws Exception {
		long id = api.draft();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> signedIn = formPost(browser, "/login", page(browser, "/login"),
				"username=lead1&password=demo12345");
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		String tablePage = page(browser, "/tables/" + id);
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return formPost(browser, "/tables/" + id + "/submit", tablePage, "");
				}));
			}
			start.countDown();
			for (Future<HttpResponse<String>> answer : answers) {
				assertThat(answer.get().statusCode()).as(answer.get().body()).isIn(302, 409);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(api.statusOf(id)).isEqualTo("DEPT_REVIEW");
		assertThat(jdbc.queryForObject("select count(*) from table_versions where table_id = ?", Long.class, id))
			.isEqualTo(1);
	}

	private String page(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
	}

	/** Posts a form with the CSRF token of the given page. */
	private HttpResponse<String> formPost(HttpClient browser, String path, String page, String form) throws Exception {
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).isTrue();
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					form + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
