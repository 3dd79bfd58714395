package io.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Self-evaluation over HTTP as api.md states it: a round, filling with computed and explained scores, the findings
 * at submission, the department's and finance's re-scores kept beside the unit's, return and resubmission, the round's
 * overview and the audit trail. Each test opens the round of a year of its own (one round per year; the context is
 * shared, so a round may hold other tests' tables of its year: assertions are on this test's table).
 */
@ProductTest
class EvaluationFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService accounts;

	EvaluationCalls api;

	@BeforeEach
	void calls() {
		api = new EvaluationCalls(mvc, json);
	}

	@Test
	void roundCreatesOneEvaluationPerApprovedTableOnItsVersionInForce() throws Exception {
		long table = api.approved(2021);
		long approved = api.read(api.getAs("finance1", "/api/v1/tables?year=2021&status=APPROVED&size=100"))
			.get("total").asLong()
				+ api.read(api.getAs("finance1", "/api/v1/tables?year=2021&status=PUBLISHED&size=100")).get("total")
					.asLong();
		JsonNode round = api.openRound(2021);

		assertThat(round.get("year").asInt()).isEqualTo(2021);
		assertThat(round.get("evaluations").asLong()).isEqualTo(approved);
		JsonNode evaluation = api.read(api.getAs("lead1", "/api/v1/tables/" + table + "/evaluation")
			.andExpect(status().isOk()));
		assertThat(evaluation.get("status").asString()).isEqualTo("DRAFT");
		assertThat(evaluation.get("tableVersion").asInt()).isEqualTo(1);
		assertThat(evaluation.get("year").asInt()).isEqualTo(2021);
		assertThat(evaluation.get("budget").get("initial").decimalValue()).isEqualByComparingTo("3.00");
		assertThat(evaluation.get("budget").get("annual").decimalValue()).isEqualByComparingTo("3.00");
		assertThat(evaluation.get("indicators")).hasSize(8);
		assertThat(evaluation.get("indicators").get(0).get("weight").decimalValue()).isEqualByComparingTo("10");
		assertThat(evaluation.get("total").isNull()).isTrue();
		api.postAs("finance1", "/api/v1/evaluation/rounds", "{\"year\":2021,\"dueDate\":\"2022-03-31\"}")
			.andExpect(status().isConflict());
		api.postAs("lead1", "/api/v1/evaluation/rounds", "{\"year\":2020,\"dueDate\":\"2021-03-31\"}")
			.andExpect(status().isForbidden());
		api.postAs("finance1", "/api/v1/evaluation/rounds", "{\"year\":2020}").andExpect(status().isUnprocessableContent());
	}

	@Test
	void unitFillsDepartmentScoresFinanceRescoresAndBothScoresAreKept() throws Exception {
		long table = api.approved(2027);
		long roundId = api.openRound(2027).get("id").asLong();
		long eid = api.evaluationOf(table);

		JsonNode filled = api.read(api.fill(eid, api.filling(eid, false)).andExpect(status().isOk()));
		assertThat(filled.get("executionRate").decimalValue()).isEqualByComparingTo("90.00");
		assertThat(filled.get("executionScore").decimalValue()).isEqualByComparingTo("9.00");
		JsonNode first = filled.get("indicators").get(0);
		assertThat(first.get("score").decimalValue()).isEqualByComparingTo("5.00");
		assertThat(first.get("explanation").asString()).isEqualTo("实际 1 ÷ 目标 2 × 10 = 5.00");
		assertThat(filled.get("indicators").get(7).get("explanation").asString())
			.isEqualTo("实际 96% 达到目标 ≥95%，得满分 10.00");
		assertThat(filled.get("indicators").get(6).get("explanation").asString()).isEqualTo("达成，判定完成 90% × 20 = 18.00");
		assertThat(filled.get("total").decimalValue()).isEqualByComparingTo("92.00");
		assertThat(filled.get("grade").asString()).isEqualTo("优");
		assertThat(filled.get("reviewScore").isNull()).isTrue();

		JsonNode refused = api.read(api.postAs("lead1", "/api/v1/evaluations/" + eid + "/submit", null)
			.andExpect(status().isUnprocessableContent()));
		assertThat(refused.toString()).contains("analysis.missing").contains("偏差原因分析");

		api.submitted(eid);
		assertThat(api.evaluation("lead1", eid).get("status").asString()).isEqualTo("DEPT_REVIEW");
		JsonNode dept = api.read(api.review("deptrev1", eid,
				"{\"decision\":\"APPROVE\",\"comment\":\"同意\",\"scores\":[{\"index\":7,\"score\":8}]}")
			.andExpect(status().isOk()));
		assertThat(dept.get("status").asString()).isEqualTo("FINANCE_REVIEW");
		assertThat(dept.get("reviewScore").decimalValue()).isEqualByComparingTo("90.00");
		api.review("finance1", eid, "{\"decision\":\"APPROVE\",\"scores\":[{\"index\":6,\"score\":21}]}")
			.andExpect(status().isUnprocessableContent());
		JsonNode accepted = api.read(api.review("finance1", eid,
				"{\"decision\":\"APPROVE\",\"comment\":\"抽评\",\"scores\":[{\"index\":6,\"score\":12}]}")
			.andExpect(status().isOk()));

		assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(accepted.get("total").decimalValue()).isEqualByComparingTo("92.00");
		assertThat(accepted.get("grade").asString()).isEqualTo("优");
		assertThat(accepted.get("reviewScore").decimalValue()).isEqualByComparingTo("84.00");
		assertThat(accepted.get("reviewGrade").asString()).isEqualTo("良");
		assertThat(accepted.get("indicators").get(6).get("score").decimalValue()).isEqualByComparingTo("18.00");
		assertThat(accepted.get("indicators").get(6).get("reviewScore").decimalValue()).isEqualByComparingTo("12.00");
		assertThat(accepted.get("indicators").get(7).get("reviewScore").decimalValue()).isEqualByComparingTo("8.00");

		JsonNode overview = api.read(api.getAs("finance1", "/api/v1/evaluation/rounds/" + roundId)
			.andExpect(status().isOk()));
		assertThat(overview.get("evaluations").asLong()).isEqualTo(1);
		assertThat(overview.get("byStatus").get("ACCEPTED").asLong()).isEqualTo(1);
		assertThat(overview.get("byGrade").get("良").asLong()).isEqualTo(1);
		assertThat(overview.get("averageScore").decimalValue()).isEqualByComparingTo("84.00");
		assertThat(overview.get("departments").get(0).get("name").asString()).isEqualTo("库尔勒经济技术开发区管理委员会");

		List<String> actions = jdbc.queryForList("select action from audit_events where table_id = ? order by id",
				String.class, table);
		assertThat(actions).containsSubsequence("EVALUATION_OPEN", "EVALUATION_UPDATE", "EVALUATION_SUBMIT",
				"EVALUATION_RESCORE", "EVALUATION_APPROVE", "EVALUATION_RESCORE", "EVALUATION_APPROVE");
	}

	@Test
	void returnedEvaluationIsResubmittedAndStaleSavesConflict() throws Exception {
		long table = api.approved(2026);
		api.openRound(2026);
		long eid = api.evaluationOf(table);
		var stale = api.filling(eid, true);
		api.fill(eid, stale).andExpect(status().isOk());
		api.fill(eid, stale).andExpect(status().isConflict());

		api.postAs("lead1", "/api/v1/evaluations/" + eid + "/submit", null).andExpect(status().isOk());
		api.review("deptrev1", eid, "{\"decision\":\"RETURN\"}").andExpect(status().isUnprocessableContent());
		api.review("deptrev1", eid, "{\"decision\":\"RETURN\",\"comment\":\"请补充佐证\"}").andExpect(status().isOk());
		JsonNode returned = api.evaluation("lead1", eid);
		assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
		assertThat(returned.get("comment").asString()).isEqualTo("请补充佐证");

		api.submitted(eid);
		assertThat(api.evaluation("lead1", eid).get("status").asString()).isEqualTo("DEPT_REVIEW");
		api.fill(eid, api.filling(eid, true)).andExpect(status().isConflict());
	}

	@Test
	void theDemoRoundHasAnAcceptedEvaluationInEachGradeEachShowingItsRule() throws Exception {
		Map<String, JsonNode> byProject = new HashMap<>();
		for (JsonNode table : api.read(api.getAs("finance1", "/api/v1/tables?year=2024&size=100")).get("items")) {
			var answer = api.getAs("finance1", "/api/v1/tables/" + table.get("id").asLong() + "/evaluation")
				.andReturn().getResponse();
			if (answer.getStatus() == 200) {
				byProject.put(table.get("projectName").asString(),
						json.readTree(answer.getContentAsString(StandardCharsets.UTF_8)));
			}
		}
		assertThat(byProject).containsOnlyKeys("慰问项目", "园区形象宣传项目", "招商引资专项经费", "政务服务大厅运行保障项目");
		assertThat(byProject.values()).allSatisfy(e -> assertThat(e.get("status").asString()).isEqualTo("ACCEPTED"));
		assertThat(byProject.get("慰问项目").get("grade").asString()).isEqualTo("优");
		assertThat(byProject.get("园区形象宣传项目").get("grade").asString()).isEqualTo("良");
		assertThat(byProject.get("园区形象宣传项目").get("reviewScore").isNull()).isFalse();
		JsonNode middle = byProject.get("招商引资专项经费");
		assertThat(middle.get("grade").asString()).isEqualTo("中");
		assertThat(middle.get("rulesApplied")).extracting(r -> r.get("rule").asString())
			.containsExactly("overAchievement", "executionCap");
		JsonNode poor = byProject.get("政务服务大厅运行保障项目");
		assertThat(poor.get("grade").asString()).isEqualTo("差");
		assertThat(poor.get("budget").get("other").get("annual").decimalValue()).isEqualByComparingTo("4.00");
		assertThat(poor.get("total").decimalValue()).isEqualByComparingTo("59.00");
		long round = byProject.get("慰问项目").get("roundId").asLong();
		byte[] overview = mvc.perform(get("/evaluation/rounds/" + round + ".xlsx")
			.with(user(accounts.loadUserByUsername("finance1"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(EvaluationPublicationTest.cells(overview)).contains(
				"库尔勒经济技术开发区管理委员会：本年度开展绩效自评的项目 4 个，涉及资金 116.25 万元；优 1 个，良 1 个，中 1 个，差 1 个。");
		long visits = byProject.get("慰问项目").get("id").asLong();
		mvc.perform(get("/public/evaluations/" + visits))
			.andExpect(status().isOk());
	}
}
