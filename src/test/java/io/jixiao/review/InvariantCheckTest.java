package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The administrator's check that every table's status matches its review process (GET /api/v1/admin/invariants). */
@ProductTest
class InvariantCheckTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	ReviewCalls api;

	@BeforeEach
	void calls() {
		api = new ReviewCalls(mvc, json);
	}

	/** One table in each status the review path gives, with the process state each must have. */
	Map<String, Long> oneTableInEachStatus() throws Exception {
		long draft = api.draft();
		long deptReview = api.draft();
		api.submit(deptReview).andExpect(status().isOk());
		long withdrawn = api.draft();
		api.submit(withdrawn).andExpect(status().isOk());
		api.postAs("lead1", "/api/v1/tables/" + withdrawn + "/withdraw", null).andExpect(status().isOk());
		long financeReview = api.draft();
		api.submit(financeReview);
		api.review("deptrev1", financeReview, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		long returned = api.draft();
		api.submit(returned);
		api.review("deptrev1", returned, "{\"decision\":\"RETURN\",\"comment\":\"请补充\"}").andExpect(status().isOk());
		long approved = api.draft();
		api.submit(approved);
		api.review("deptrev1", approved, "{\"decision\":\"APPROVE\"}");
		api.review("finance1", approved, "{\"grade\":\"优\"}").andExpect(status().isOk());
		long published = api.draft();
		api.submit(published);
		api.review("deptrev1", published, "{\"decision\":\"APPROVE\"}");
		api.review("finance1", published, "{\"grade\":\"优\"}");
		api.publish(published).andExpect(status().isOk());
		long rejected = api.draft();
		api.submit(rejected);
		api.review("deptrev1", rejected, "{\"decision\":\"APPROVE\"}");
		api.review("finance1", rejected, "{\"grade\":\"差\",\"comment\":\"不符合支出政策\"}").andExpect(status().isOk());
		return Map.of("DRAFT", draft, "DEPT_REVIEW", deptReview, "WITHDRAWN", withdrawn, "FINANCE_REVIEW",
				financeReview, "RETURNED", returned, "APPROVED", approved, "PUBLISHED", published, "REJECTED",
				rejected);
	}

	static List<Long> violatingIds(JsonNode result) {
		List<Long> ids = new ArrayList<>();
		result.get("violations").forEach(v -> ids.add(v.get("tableId").asLong()));
		return ids;
	}

	static JsonNode violationOf(JsonNode result, long tableId) {
		for (JsonNode violation : result.get("violations")) {
			if (violation.get("tableId").asLong() == tableId) {
				return violation;
			}
		}
		throw new AssertionError("no violation for table " + tableId + " in " + result);
	}

	@Test
	void everyStatusOfTheReviewPathMatchesItsProcess() throws Exception {
		Map<String, Long> tables = oneTableInEachStatus();
		long all = jdbc.queryForObject("select count(*) from target_tables", Long.class);

		JsonNode result = api.invariants();

		assertThat(result.get("ok").asBoolean()).as(result.toString()).isTrue();
		assertThat(result.get("violations")).isEmpty();
		assertThat(result.get("tables").asLong()).isEqualTo(all);
		// a table's review and its adjustments are each checked (other tests of the context leave adjustments open)
		assertThat(result.get("processes").asLong()).isEqualTo(runtime.createProcessInstanceQuery()
			.processDefinitionKeys(java.util.Set.of(Stage.PROCESS, Stage.ADJUSTMENT_PROCESS)).count());
		assertThat(api.statusOf(tables.get("WITHDRAWN"))).isEqualTo("DRAFT");
	}

	@Test
	void aStatusChangedBehindTheProcessesBackIsNamedWithItsTable() throws Exception {
		Map<String, Long> tables = oneTableInEachStatus();
		long atDepartment = tables.get("DEPT_REVIEW");
		long published = tables.get("PUBLISHED");
		long draft = tables.get("DRAFT");
		ProcessInstance second = null;
		try {
			jdbc.update("update target_tables set status = 'APPROVED' where id = ?", atDepartment);
			jdbc.update("update target_tables set status = 'FINANCE_REVIEW' where id = ?", published);
			// a second review process for a table that already has one
			api.submit(draft).andExpect(status().isOk());
			second = runtime.startProcessInstanceByKey(Stage.PROCESS, String.valueOf(draft),
					Map.of("deptReview", false, "departmentId", 0L, "tableId", draft, "unitId", 0L));

			JsonNode result = api.invariants();

			assertThat(result.get("ok").asBoolean()).isFalse();
			assertThat(violatingIds(result)).containsExactlyInAnyOrder(atDepartment, published, draft);
			assertThat(result.get("violationCount").asLong()).isEqualTo(3);
			JsonNode moved = violationOf(result, atDepartment);
			assertThat(moved.get("status").asString()).isEqualTo("APPROVED");
			assertThat(moved.get("processState").asString()).isEqualTo("deptReviewTask");
			assertThat(moved.get("message").asString()).contains(String.valueOf(atDepartment)).contains("已批复")
				.contains("主管部门审核");
			JsonNode ended = violationOf(result, published);
			assertThat(ended.get("status").asString()).isEqualTo("FINANCE_REVIEW");
			assertThat(ended.get("processState").asString()).isEqualTo("NONE");
			assertThat(ended.get("message").asString()).contains("没有运行中的审核流程");
			JsonNode twice = violationOf(result, draft);
			assertThat(twice.get("status").asString()).isEqualTo("DEPT_REVIEW");
			assertThat(twice.get("processState").asString()).contains("deptReviewTask").contains("financeReviewTask");
			assertThat(twice.get("message").asString()).contains("有 2 个运行中的审核流程");
		}
		finally {
			jdbc.update("update target_tables set status = 'DEPT_REVIEW' where id = ?", atDepartment);
			jdbc.update("update target_tables set status = 'PUBLISHED' where id = ?", published);
			if (second != null) {
				runtime.deleteProcessInstance(second.getId(), "test");
			}
		}
		assertThat(violatingIds(api.invariants())).doesNotContain(atDepartment, published, draft);
	}

	@Test
	void aProcessWhoseTableIsGoneIsReported() throws Exception {
		long missing = jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from target_tables", Long.class);
		ProcessInstance orphan = runtime.startProcessInstanceByKey(Stage.PROCESS, String.valueOf(missing),
				Map.of("deptReview", false, "departmentId", 0L, "tableId", missing, "unitId", 0L));
		try {
			JsonNode violation = violationOf(api.invariants(), missing);

			assertThat(violation.get("status").isNull()).isTrue();
			assertThat(violation.get("processState").asString()).isEqualTo("financeReviewTask");
			assertThat(violation.get("message").asString()).contains("不存在").contains("财政审核");
		}
		finally {
			runtime.deleteProcessInstance(orphan.getId(), "test");
		}
	}

	@Test
	void onlyAdministratorsMayRunTheCheck() throws Exception {
		for (String user : List.of("lead1", "deptrev1", "finance1")) {
			api.getAs(user, "/api/v1/admin/invariants").andExpect(status().isForbidden())
				.andExpect(jsonPath("$.error").value("forbidden"))
				.andExpect(jsonPath("$.message").value("您无权查看或操作此内容。"));
		}
		mvc.perform(get("/api/v1/admin/invariants")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/admin/invariants").with(httpBasic("admin", "wrong"))).andExpect(status().isUnauthorized());
		api.getAs("admin", "/api/v1/admin/invariants").andExpect(status().isOk());
	}
}
