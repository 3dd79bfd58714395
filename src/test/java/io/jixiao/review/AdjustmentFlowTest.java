package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The adjustment of approved targets (绩效目标调整) over HTTP, on the real adjustment process: the proposal goes
 * through the first review's stages while the approved version stays in force, also on the public pages.
 */
@ProductTest
class AdjustmentFlowTest {

	static final String REASON = "年中追加预算，保洁范围扩大到新办公楼";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	RuntimeService runtime;

	ReviewCalls api;

	@BeforeEach
	void calls() {
		api = new ReviewCalls(mvc, json);
	}

	/** A table of lead1 through department and finance review; published when asked. */
	long approved(boolean publish) throws Exception {
		long id = api.draft();
		api.submit(id).andExpect(status().isOk());
		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		api.review("finance1", id, "{\"decision\":\"APPROVE\",\"grade\":\"优\"}").andExpect(status().isOk());
		if (publish) {
			api.publish(id).andExpect(status().isOk());
		}
		return id;
	}

	JsonNode open(long id) throws Exception {
		return api.read(api.postAs("lead1", "/api/v1/tables/" + id + "/adjustments",
				"{\"reason\":\"" + REASON + "\"}").andExpect(status().isCreated()));
	}

	/** lead1 changes the first row's value of the proposal. */
	void editFirstValue(long id, String value) throws Exception {
		ObjectNode edited = (ObjectNode) api.read(api.getAs("lead1", "/api/v1/tables/" + id)).deepCopy();
		((ObjectNode) edited.get("indicators").get(0)).put("value", value);
		mvc.perform(put("/api/v1/tables/" + id).with(httpBasic("lead1", "demo12345"))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(edited)))
			.andExpect(status().isOk());
	}

	String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	String pageAs(String user, String path) throws Exception {
		return mvc.perform(get(path).with(user(accounts.loadUserByUsername(user)))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	String firstPublicValue(long id) throws Exception {
		return api.read(mvc.perform(get("/public/api/v1/tables/" + id)).andExpect(status().isOk()))
			.get("indicators").get(0).get("value").asString();
	}

	@Test
	void anAdjustmentIsReviewedLikeAFirstSubmissionAndRepublishedMarkedAdjustedWithTheOriginalLinked()
			throws Exception {
		long id = approved(true);
		JsonNode opened = open(id);
		assertThat(opened.get("number").asInt()).isEqualTo(1);
		assertThat(opened.get("status").asString()).isEqualTo("OPEN");
		api.getAs("lead1", "/api/v1/tables/" + id).andExpect(jsonPath("$.status").value("ADJUSTING"))
			.andExpect(jsonPath("$.adjustment.reason").value(REASON))
			.andExpect(jsonPath("$.adjustment.number").value(1))
			.andExpect(jsonPath("$.versionInForce").value(1));
		// the list names the open adjustment too (read with the page, not after it)
		JsonNode listed = null;
		for (JsonNode item : api.read(api.getAs("lead1", "/api/v1/tables?size=200")).get("items")) {
			listed = item.get("id").asLong() == id ? item : listed;
		}
		assertThat(listed.get("adjustment").get("reason").asString()).isEqualTo(REASON);

		editFirstValue(id, ">=3 批次");
		// the public keeps the version in force while the proposal is edited and reviewed
		assertThat(firstPublicValue(id)).isEqualTo(">=2 批次");
		assertThat(page("/public/tables/" + id)).doesNotContain("&gt;=3 批次").doesNotContain(">=3 批次")
			.doesNotContain("调整后");

		api.submit(id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DEPT_REVIEW"));
		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}").andExpect(jsonPath("$.status").value("FINANCE_REVIEW"));
		assertThat(firstPublicValue(id)).isEqualTo(">=2 批次");
		JsonNode financeTask = null;
		for (JsonNode task : api.read(api.getAs("finance1", "/api/v1/tasks"))) {
			financeTask = task.get("tableId").asLong() == id ? task : financeTask;
		}
		assertThat(financeTask.get("stage").asString()).isEqualTo("FINANCE_REVIEW");
		assertThat(financeTask.get("adjustment").asBoolean()).isTrue();
		// finance sees the proposal against the version in force
		assertThat(pageAs("finance1", "/tables/" + id)).contains("调整方案（第 2 版）与现行有效版本（第 1 版）相比的变化")
			.contains("购置低值易耗品次数");
		api.review("finance1", id, "{\"decision\":\"APPROVE\",\"grade\":\"良\",\"comment\":\"同意按追加预算调整\"}")
			.andExpect(jsonPath("$.status").value("APPROVED"));
		api.getAs("lead1", "/api/v1/tables/" + id).andExpect(jsonPath("$.versionInForce").value(2))
			.andExpect(jsonPath("$.adjustment").isEmpty());
		api.publish(id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));

		JsonNode published = api.read(mvc.perform(get("/public/api/v1/tables/" + id)).andExpect(status().isOk()));
		assertThat(published.get("adjusted").asBoolean()).isTrue();
		assertThat(published.get("adjustmentReason").asString()).isEqualTo(REASON);
		assertThat(published.get("originalVersion").asInt()).isEqualTo(1);
		assertThat(published.get("approvedVersion").asInt()).isEqualTo(2);
		assertThat(published.get("indicators").get(0).get("value").asString()).isEqualTo(">=3 批次");
		assertThat(page("/public/tables/" + id)).contains("调整后").contains(REASON)
			.contains("/public/tables/" + id + "/original");
		assertThat(page("/public/tables/" + id + "/original")).contains("原批复版本（第 1 版）").contains("&gt;=2 批次");

		JsonNode history = api.read(api.getAs("deptrev1", "/api/v1/tables/" + id + "/adjustments"));
		assertThat(history).hasSize(1);
		assertThat(history.get(0).get("status").asString()).isEqualTo("APPROVED");
		assertThat(history.get(0).get("fromVersion").asInt()).isEqualTo(1);
		assertThat(history.get(0).get("toVersion").asInt()).isEqualTo(2);
		assertThat(history.get(0).get("decidedAt").isNull()).isFalse();
		assertThat(api.read(api.getAs("lead1", "/api/v1/tables/" + id + "/audit")).findValuesAsString("action"))
			.containsSubsequence("PUBLISH", "ADJUST", "UPDATE", "SUBMIT", "APPROVE", "APPROVE", "PUBLISH");
		assertThat(api.invariants().get("ok").asBoolean()).isTrue();
	}

	@Test
	void aPoorGradeEndsTheAdjustmentAndTheEarlierApprovalStaysInForceWithItsContent() throws Exception {
		long id = approved(true);
		open(id);
		editFirstValue(id, ">=9 批次");
		api.submit(id).andExpect(status().isOk());
		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		api.review("finance1", id, "{\"decision\":\"REJECT\",\"grade\":\"差\",\"comment\":\"调整理由不充分\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));

		JsonNode table = api.read(api.getAs("lead1", "/api/v1/tables/" + id));
		assertThat(table.get("versionInForce").asInt()).isEqualTo(1);
		assertThat(table.get("adjustment").isNull()).isTrue();
		assertThat(table.get("indicators").get(0).get("value").asString()).isEqualTo(">=2 批次");
		assertThat(firstPublicValue(id)).isEqualTo(">=2 批次");
		assertThat(page("/public/tables/" + id)).doesNotContain("调整后");
		mvc.perform(get("/public/tables/" + id + "/original")).andExpect(status().isNotFound());
		assertThat(api.read(api.getAs("lead1", "/api/v1/tables/" + id + "/adjustments")).get(0).get("status")
			.asString()).isEqualTo("REJECTED");
		assertThat(api.read(api.getAs("finance1", "/api/v1/tasks")).findValuesAsString("tableId"))
			.doesNotContain(String.valueOf(id));
		// a later adjustment may be opened
		open(id);
		assertThat(api.invariants().get("ok").asBoolean()).isTrue();
	}

	@Test
	void onlyOneAdjustmentIsOpenAtATimeAndOnlyAnApprovedTableCanBeAdjusted() throws Exception {
		long id = approved(false);
		open(id);
		api.postAs("lead1", "/api/v1/tables/" + id + "/adjustments", "{\"reason\":\"再次申请\"}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.message").value("本表已有一项调整尚未办结，不能再次申请调整。"));
		long draft = api.draft();
		api.postAs("lead1", "/api/v1/tables/" + draft + "/adjustments", "{\"reason\":\"草稿\"}")
			.andExpect(status().isConflict());
		api.postAs("lead1", "/api/v1/tables/" + draft + "/adjustments", "{\"reason\":\"  \"}")
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void tenConcurrentRequestsToAdjustOpenExactlyOneAdjustment() throws Exception {
		long id = approved(true);
		int attempts = 10;
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			answers.add(pool.submit(() -> {
				start.await();
				return api.postAs("lead1", "/api/v1/tables/" + id + "/adjustments", "{\"reason\":\"并发申请\"}")
					.andReturn().getResponse().getStatus();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get());
		}
		pool.shutdown();

		assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(attempts - 1);
		assertThat(api.read(api.getAs("lead1", "/api/v1/tables/" + id + "/adjustments"))).hasSize(1);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKeys(java.util.Set.copyOf(Stage.KEYS))
			.processInstanceBusinessKey(String.valueOf(id)).count())
			.isEqualTo(1);
	}

	/**
	 * Between finance approving an adjustment and the new publication decision the adjusted version is in force but
	 * not decided for the public, and the earlier one is no longer in force: the table is unpublished (api.md: 404 on
	 * every public path), out of the public lists and statement counts, until the decision.
	 */
	@Test
	void anApprovedAdjustmentAwaitingItsPublicationDecisionIsNotPublic() throws Exception {
		long id = approved(true);
		String year = api.read(api.getAs("lead1", "/api/v1/tables/" + id)).get("year").asString();
		int listedBefore = api.read(mvc.perform(get("/public/api/v1/tables?year=" + year))).get("items").size();
		open(id);
		editFirstValue(id, ">=3 批次");
		api.submit(id).andExpect(status().isOk());
		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		api.review("finance1", id, "{\"decision\":\"APPROVE\",\"grade\":\"良\",\"comment\":\"同意调整\"}")
			.andExpect(jsonPath("$.status").value("APPROVED"));

		for (String path : List.of("/public/tables/" + id, "/public/api/v1/tables/" + id, "/public/tables/" + id + ".xlsx",
				"/public/tables/" + id + ".pdf", "/public/tables/" + id + "/original")) {
			mvc.perform(get(path)).andExpect(status().isNotFound());
		}
		JsonNode listed = api.read(mvc.perform(get("/public/api/v1/tables?year=" + year))).get("items");
		assertThat(listed).hasSize(listedBefore - 1).noneSatisfy(t -> assertThat(t.get("id").asLong()).isEqualTo(id));

		api.publish(id).andExpect(status().isOk());
		assertThat(firstPublicValue(id)).isEqualTo(">=3 批次");
	}

	@Test
	void anAdjustmentRequestTakesAnAttachmentThatWhoeverSeesTheTableDownloads() throws Exception {
		long id = approved(true);
		byte[] notice = "%PDF-1.4 预算调整通知".getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/tables/" + id + "/adjustments")
			.file(new MockMultipartFile("attachment", "预算调整通知.pdf", "text/html", notice)).param("reason", REASON)
			.with(csrf()).with(user(accounts.loadUserByUsername("lead1"))))
			.andExpect(status().isFound()).andExpect(flash().attribute("flash", "adjustment.opened"));
		String link = "/tables/" + id + "/adjustments/1/attachment";
		assertThat(pageAs("lead1", "/tables/" + id)).contains("href=\"" + link + "\"");

		var download = mvc.perform(get(link).with(user(accounts.loadUserByUsername("deptrev1"))))
			.andExpect(status().isOk()).andReturn().getResponse();
		assertThat(download.getContentAsByteArray()).isEqualTo(notice);
		// the type follows the name, never what the browser claimed
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;").contains("UTF-8''");
		mvc.perform(get(link).with(user(accounts.loadUserByUsername("lead2")))).andExpect(status().isForbidden());
		mvc.perform(get("/tables/" + id + "/adjustments/2/attachment").with(user(accounts.loadUserByUsername("lead1"))))
			.andExpect(status().isNotFound());

		long other = approved(false);
		mvc.perform(multipart("/tables/" + other + "/adjustments")
			.file(new MockMultipartFile("attachment", "setup.exe", "application/pdf", notice)).param("reason", REASON)
			.with(csrf()).with(user(accounts.loadUserByUsername("lead1"))))
			.andExpect(flash().attribute("flashError", "附件只能是 PDF、Word、Excel 或图片（jpg、png）文件。"));
		api.getAs("lead1", "/api/v1/tables/" + other).andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void cancellingBeforeADecisionGoesBackToTheStatusBeforeWithThePublicationDecisionStillOwed() throws Exception {
		long id = approved(false);
		open(id);
		editFirstValue(id, ">=4 批次");
		api.submit(id).andExpect(status().isOk());
		api.postAs("lead1", "/api/v1/tables/" + id + "/adjustments/cancel", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		JsonNode table = api.read(api.getAs("lead1", "/api/v1/tables/" + id));
		assertThat(table.get("indicators").get(0).get("value").asString()).isEqualTo(">=2 批次");
		assertThat(api.read(api.getAs("lead1", "/api/v1/tables/" + id + "/adjustments")).get(0).get("status")
			.asString()).isEqualTo("CANCELLED");
		api.postAs("lead1", "/api/v1/tables/" + id + "/adjustments/cancel", null).andExpect(status().isConflict());
		assertThat(api.invariants().get("ok").asBoolean()).isTrue();
		api.publish(id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));

		open(id);
		api.postAs("lead1", "/api/v1/tables/" + id + "/adjustments/cancel", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		assertThat(api.invariants().get("ok").asBoolean()).isTrue();
	}

	@Test
	void anotherUnitOrAReviewerCannotOpenCancelOrReadAnAdjustment() throws Exception {
		long id = approved(true);
		String body = "{\"reason\":\"别的单位\"}";
		api.postAs("lead2", "/api/v1/tables/" + id + "/adjustments", body).andExpect(status().isForbidden());
		api.postAs("finance1", "/api/v1/tables/" + id + "/adjustments", body).andExpect(status().isForbidden());
		api.postAs("deptrev1", "/api/v1/tables/" + id + "/adjustments", body).andExpect(status().isForbidden());
		open(id);
		api.postAs("lead2", "/api/v1/tables/" + id + "/adjustments/cancel", null).andExpect(status().isForbidden());
		api.getAs("lead2", "/api/v1/tables/" + id + "/adjustments").andExpect(status().isForbidden());
		api.postAs("lead2", "/api/v1/tables/999999/adjustments", body).andExpect(status().isNotFound());
		api.getAs("lead1", "/api/v1/tables/" + id).andExpect(jsonPath("$.status").value("ADJUSTING"));
	}
}
