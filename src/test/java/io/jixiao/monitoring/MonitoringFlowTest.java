package io.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Monitoring over HTTP as api.md states it: rounds, filling, the rules at submission, the review path with return,
 * acceptance and 重点监控 with 整改, and the audit trail of every step. Each test uses a year and period of its own
 * (rounds are unique per year and period, and the context is shared).
 */
@ProductTest
class MonitoringFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	MonitoringCalls api;

	@BeforeEach
	void calls() {
		api = new MonitoringCalls(mvc, json);
	}

	@Test
	void roundCreatesOneReportPerApprovedTableAndNoneForOthers() throws Exception {
		long approved = api.approved(2022);
		long draft = api.draft(2022);
		long submitted = api.draft(2022);
		api.postAs("lead1", "/api/v1/tables/" + submitted + "/submit", null).andExpect(status().isOk());
		long otherYear = api.approved(2023);
		long expected = api.read(api.getAs("finance1", "/api/v1/tables?year=2022&status=APPROVED&size=100"))
			.get("total").asLong()
				+ api.read(api.getAs("finance1", "/api/v1/tables?year=2022&status=PUBLISHED&size=100")).get("total")
					.asLong();

		JsonNode round = api.openRound(2022, "1-4");

		assertThat(round.get("year").asInt()).isEqualTo(2022);
		assertThat(round.get("period").asString()).isEqualTo("1-4");
		assertThat(round.get("reports").asLong()).isEqualTo(expected);
		JsonNode reports = api.read(api.getAs("lead1", "/api/v1/tables/" + approved + "/monitoring"));
		assertThat(reports).hasSize(1);
		assertThat(reports.get(0).get("status").asString()).isEqualTo("DRAFT");
		assertThat(reports.get(0).get("period").asString()).isEqualTo("1-4");
		assertThat(reports.get(0).get("roundId").asLong()).isEqualTo(round.get("id").asLong());
		for (long other : List.of(draft, submitted, otherYear)) {
			assertThat(api.read(api.getAs("lead1", "/api/v1/tables/" + other + "/monitoring"))).isEmpty();
		}
		JsonNode report = api.report("lead1", reports.get(0).get("id").asLong());
		assertThat(report.get("tableVersion").asInt()).isEqualTo(1);
		assertThat(report.get("budget").get("initial").decimalValue()).isEqualByComparingTo("3.00");
		assertThat(report.get("timeProgress").decimalValue()).isEqualByComparingTo("33.33");
		assertThat(report.get("indicators")).hasSize(8);
		assertThat(report.get("indicators").get(0).get("target").asString()).isEqualTo(">=2 批次");
		api.postAs("finance1", "/api/v1/monitoring/rounds", "{\"year\":2022,\"period\":\"1-4\",\"dueDate\":\"2022-05-10\"}")
			.andExpect(status().isConflict());
		api.postAs("finance1", "/api/v1/monitoring/rounds", "{\"year\":2022,\"period\":\"1-5\",\"dueDate\":\"2022-05-10\"}")
			.andExpect(status().isUnprocessableContent());
		api.postAs("lead1", "/api/v1/monitoring/rounds", "{\"year\":2022,\"period\":\"1-6\",\"dueDate\":\"2022-07-10\"}")
			.andExpect(status().isForbidden());
	}

	@Test
	void aTableApprovedAfterTheRoundOpenedJoinsItWhenFinanceAddsTheLateOnes() throws Exception {
		long early = api.approved(2024);
		long inReview = api.draft(2024);
		api.postAs("lead1", "/api/v1/tables/" + inReview + "/submit", null).andExpect(status().isOk());
		long roundId = api.openRound(2024, "1-4").get("id").asLong();
		assertThat(api.read(api.getAs("lead1", "/api/v1/tables/" + inReview + "/monitoring"))).isEmpty();
		api.postAs("deptrev1", "/api/v1/tables/" + inReview + "/review", "{\"decision\":\"APPROVE\"}")
			.andExpect(status().isOk());
		api.postAs("finance1", "/api/v1/tables/" + inReview + "/review", "{\"decision\":\"APPROVE\",\"grade\":\"优\"}")
			.andExpect(status().isOk());

		api.postAs("lead1", "/api/v1/monitoring/rounds/" + roundId + "/additions", null).andExpect(status().isForbidden());
		assertThat(api.read(api.postAs("finance1", "/api/v1/monitoring/rounds/" + roundId + "/additions", null)
			.andExpect(status().isOk())).get("added").asInt()).isEqualTo(1);
		JsonNode late = api.read(api.getAs("lead1", "/api/v1/tables/" + inReview + "/monitoring"));
		assertThat(late).hasSize(1);
		assertThat(late.get(0).get("roundId").asLong()).isEqualTo(roundId);
		assertThat(late.get(0).get("status").asString()).isEqualTo("DRAFT");
		assertThat(api.read(api.getAs("lead1", "/api/v1/tables/" + early + "/monitoring"))).hasSize(1);
		// a second time nothing is left to add, and no table has two reports of the round
		assertThat(api.read(api.postAs("finance1", "/api/v1/monitoring/rounds/" + roundId + "/additions", null))
			.get("added").asInt()).isZero();
		assertThat(api.read(api.getAs("finance1", "/api/v1/monitoring/rounds/" + roundId)).get("reports").asLong())
			.isEqualTo(api.read(api.getAs("finance1", "/api/v1/tables?year=2024&status=APPROVED&size=1")).get("total")
				.asLong()
					+ api.read(api.getAs("finance1", "/api/v1/tables?year=2024&status=PUBLISHED&size=1")).get("total")
						.asLong());
		api.postAs("finance1", "/api/v1/monitoring/rounds/999999/additions", null).andExpect(status().isNotFound());
	}

	@Test
	void fundsAreFilledPerSourceTheTotalIsTheirSumAndTheLightFollowsTheTotal() throws Exception {
		long table = api.approve(api.draft(2022, 2, 1));
		api.openRound(2022, "1-6");
		long rid = api.reportOf(table);
		JsonNode opened = api.report("lead1", rid).get("budget");
		assertThat(opened.get("initial").decimalValue()).isEqualByComparingTo("3.00");
		assertThat(opened.get("fiscal").get("initial").decimalValue()).isEqualByComparingTo("2.00");
		assertThat(opened.get("other").get("initial").decimalValue()).isEqualByComparingTo("1.00");
		assertThat(opened.get("other").get("adjusted").decimalValue()).isEqualByComparingTo("1.00");

		ObjectNode body = api.filling(rid, "2.00", ">=2批次", "确定能", null, null);
		api.fill(rid, body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value("该项目有其他资金，请分别填写财政拨款和其他资金的调整后预算数、截至期末执行数。"));
		ObjectNode budget = body.putObject("budget");
		budget.putObject("fiscal").put("adjusted", 2.5).put("executed", 2);
		budget.putObject("other").put("adjusted", 1).put("executed", 0);
		// fiscal 80 %, other 0 %: the total's 57.14 % is on pace for 1-6 (50 % less the tolerance of 10 points)
		JsonNode filled = api.read(api.fill(rid, body).andExpect(status().isOk()));
		assertThat(filled.get("budget").get("adjusted").decimalValue()).isEqualByComparingTo("3.50");
		assertThat(filled.get("budget").get("executed").decimalValue()).isEqualByComparingTo("2.00");
		assertThat(filled.get("executionRate").decimalValue()).isEqualByComparingTo("57.14");
		assertThat(filled.get("budget").get("fiscal").get("rate").decimalValue()).isEqualByComparingTo("80.00");
		assertThat(filled.get("budget").get("other").get("rate").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(filled.get("light").asString()).isEqualTo("GREEN");

		body.put("version", filled.get("version").asLong());
		budget.putObject("other").put("adjusted", -1).put("executed", 0);
		api.fill(rid, body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value("金额须为不小于 0 的数（万元）。"));
		budget.putObject("other").put("adjusted", 1).put("executed", "abc");
		api.fill(rid, body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.error").value("invalid"))
			.andExpect(jsonPath("$.message").value("「budget.other.executed」的值「abc」格式不对，请检查后重试。"));
		assertThat(api.report("lead1", rid).get("budget").get("executed").decimalValue()).isEqualByComparingTo("2.00");
	}

	@Test
	void theDemoRoundIsInProgressWithAReportInEachLight() throws Exception {
		JsonNode published = api.read(api.getAs("finance1", "/api/v1/tables?year=2024&status=PUBLISHED"));
		long visits = published.get("items").get(0).get("id").asLong();
		JsonNode reports = api.read(api.getAs("finance1", "/api/v1/tables/" + visits + "/monitoring"));
		assertThat(reports.get(0).get("period").asString()).isEqualTo("1-7");

		JsonNode round = api.read(api.getAs("finance1", "/api/v1/monitoring/rounds/" + reports.get(0).get("roundId")
			.asLong()).andExpect(status().isOk()));

		assertThat(round.get("reports").asLong()).isEqualTo(3);
		assertThat(round.get("byLight").get("GREEN").asLong()).isEqualTo(1);
		assertThat(round.get("byLight").get("YELLOW").asLong()).isEqualTo(1);
		assertThat(round.get("byLight").get("RED").asLong()).isEqualTo(1);
		assertThat(round.get("byStatus").get("DRAFT").asLong()).isEqualTo(1);
		assertThat(round.get("byStatus").get("DEPT_REVIEW").asLong()).isEqualTo(1);
		assertThat(round.get("byStatus").get("FINANCE_REVIEW").asLong()).isEqualTo(1);
		assertThat(round.get("submitted").asLong()).isEqualTo(2);
		assertThat(round.get("departments")).hasSize(1);
	}

	@Test
	void possibleLikelihoodWithoutMeasuresIsRefusedAtSubmission() throws Exception {
		long table = api.approved(2021);
		api.openRound(2021, "1-4");
		long rid = api.reportOf(table);
		api.fill(rid, api.filling(rid, "2.00", ">=2批次", "有可能", "供应商供货延迟", null)).andExpect(status().isOk());

		JsonNode refused = api.read(api.postAs("lead1", "/api/v1/monitoring/" + rid + "/submit", null)
			.andExpect(status().isUnprocessableContent()));

		assertThat(refused.toString()).contains("likelihood.unexplained").contains("纠偏措施");
		assertThat(api.report("lead1", rid).get("status").asString()).isEqualTo("DRAFT");
		JsonNode finding = api.report("lead1", rid).get("findings").get(0);
		assertThat(finding.get("severity").asString()).isEqualTo("ERROR");
		assertThat(finding.get("indicator").asInt()).isZero();
		assertThat(finding.get("basis").asString()).contains("财预〔2019〕136号");

		api.fill(rid, api.filling(rid, "2.00", ">=2批次", "有可能", "供应商供货延迟", "更换供应商")).andExpect(status().isOk());
		api.postAs("lead1", "/api/v1/monitoring/" + rid + "/submit", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DEPT_REVIEW")).andExpect(jsonPath("$.light").value("YELLOW"));
	}

	@Test
	void financeReturnsTheUnitResubmitsAndFinanceAccepts() throws Exception {
		long table = api.approved(2021);
		api.openRound(2021, "1-6");
		long rid = api.reportOf(table);
		api.submitGreen(rid);
		assertThat(api.report("lead1", rid).get("light").asString()).isEqualTo("GREEN");
		api.review("finance1", rid, "{\"decision\":\"APPROVE\"}").andExpect(status().isForbidden());
		api.review("deptrev1", rid, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FINANCE_REVIEW"));
		api.review("finance1", rid, "{\"decision\":\"RETURN\"}").andExpect(status().isUnprocessableContent());
		api.review("finance1", rid, "{\"decision\":\"RETURN\",\"comment\":\"执行数与国库支付数据不一致\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.comment").value("执行数与国库支付数据不一致"));

		var stale = api.filling(rid, "1.90", ">=2批次", "确定能", null, null);
		stale.put("version", stale.get("version").asLong() - 1);
		api.fill(rid, stale).andExpect(status().isConflict());
		api.submitGreen(rid);
		api.review("deptrev1", rid, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		api.review("finance1", rid, "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED")).andExpect(jsonPath("$.keyMonitoring").value(false));
		api.fill(rid, api.filling(rid, "2.00", ">=2批次", "确定能", null, null)).andExpect(status().isConflict());

		List<String> actions = new ArrayList<>();
		api.read(api.getAs("lead1", "/api/v1/tables/" + table + "/audit")).forEach(e -> actions.add(e.get("action")
			.asString()));
		assertThat(actions.stream().filter(a -> a.startsWith("MONITOR_")).toList()).containsExactly("MONITOR_OPEN",
				"MONITOR_UPDATE", "MONITOR_SUBMIT", "MONITOR_APPROVE", "MONITOR_RETURN", "MONITOR_UPDATE",
				"MONITOR_SUBMIT", "MONITOR_APPROVE", "MONITOR_APPROVE");
	}

	@Test
	void keyMonitoringAsksForRectificationThatTheUnitAnswersOnce() throws Exception {
		long table = api.approved(2021);
		api.openRound(2021, "1-7");
		long rid = api.reportOf(table);
		api.fill(rid, api.filling(rid, "0.90", "1批次", "完全不可能", "采购计划调整", "下半年集中采购"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.light").value("RED"))
			.andExpect(jsonPath("$.lightRule").value("execution.behind"))
			.andExpect(jsonPath("$.indicators[0].light").value("YELLOW"));
		api.postAs("lead1", "/api/v1/monitoring/" + rid + "/submit", null).andExpect(status().isOk());
		api.review("deptrev1", rid, "{\"decision\":\"APPROVE\",\"keyMonitoring\":true,\"rectification\":\"x\"}")
			.andExpect(status().isUnprocessableContent());
		api.review("deptrev1", rid, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		api.review("finance1", rid, "{\"decision\":\"APPROVE\",\"keyMonitoring\":true}")
			.andExpect(status().isUnprocessableContent());
		api.postAs("lead1", "/api/v1/monitoring/" + rid + "/rectification", "{\"result\":\"已整改\"}")
			.andExpect(status().isConflict());

		api.review("finance1", rid, "{\"decision\":\"APPROVE\",\"keyMonitoring\":true,\"rectification\":\"9月底前完成剩余采购并报送执行进度\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.keyMonitoring").value(true))
			.andExpect(jsonPath("$.rectification").value("9月底前完成剩余采购并报送执行进度"));
		api.postAs("lead1", "/api/v1/monitoring/" + rid + "/rectification", "{\"result\":\" \"}")
			.andExpect(status().isUnprocessableContent());
		api.postAs("lead1", "/api/v1/monitoring/" + rid + "/rectification", "{\"result\":\"已于9月20日完成采购\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.rectificationResult").value("已于9月20日完成采购"));
		api.postAs("lead1", "/api/v1/monitoring/" + rid + "/rectification", "{\"result\":\"再次反馈\"}")
			.andExpect(status().isConflict());
		List<String> actions = new ArrayList<>();
		api.read(api.getAs("lead1", "/api/v1/tables/" + table + "/audit")).forEach(e -> actions.add(e.get("action")
			.asString()));
		assertThat(actions).contains("MONITOR_KEY", "MONITOR_RECTIFY");
	}
}
