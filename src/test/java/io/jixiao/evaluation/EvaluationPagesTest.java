package io.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The self-evaluation pages as each role sees them: the unit's form, the arithmetic, the reviewer's re-score. */
@ProductTest
class EvaluationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	UserDetailsService accounts;

	EvaluationCalls api;

	@BeforeEach
	void calls() {
		api = new EvaluationCalls(mvc, json);
	}

	byte[] as(String username, MockHttpServletRequestBuilder request, int status) throws Exception {
		return mvc.perform(request.with(user(accounts.loadUserByUsername(username))))
			.andExpect(status().is(status)).andReturn().getResponse().getContentAsByteArray();
	}

	String page(String username, String path) throws Exception {
		return new String(as(username, get(path), 200), StandardCharsets.UTF_8);
	}

	@Test
	void unitFillsTheFormDepartmentRescoresOnThePageAndOthersAreRefused() throws Exception {
		long table = api.approved(2025);
		long round = api.openRound(2025).get("id").asLong();
		long eid = api.evaluationOf(table);
		assertThat(page("lead1", "/evaluation")).contains("/evaluations/" + eid);
		// the unit's task is on 待办 too, in the self-evaluation section
		assertThat(page("lead1", "/tasks")).contains("绩效自评任务").contains("/evaluations/" + eid);
		String form = page("lead1", "/evaluations/" + eid);
		assertThat(form).contains("name=\"rows[0].actual\"").contains("name=\"rows[6].level\"").contains("年度资金总额");

		MockHttpServletRequestBuilder post = post("/evaluations/" + eid).with(csrf())
			.param("version", api.evaluation("lead1", eid).get("version").asString())
			.param("fiscalAnnual", "3.00").param("fiscalExecuted", "2.70").param("otherAnnual", "0")
			.param("otherExecuted", "0").param("overallResult", "完成").param("conclusion", "总体完成")
			.param("action", "submit");
		String[] actuals = { "1批次", "100%", "100%", "98%", "100%", "1.20万元", "", "96%" };
		for (int i = 0; i < actuals.length; i++) {
			post.param("rows[" + i + "].actual", actuals[i]).param("rows[" + i + "].analysis", i == 0 || i == 6 ? "原因" : "");
		}
		post.param("rows[6].level", "达成").param("rows[6].judgedPercent", "90");
		var result = mvc.perform(post.with(user(accounts.loadUserByUsername("lead1")))).andReturn();
		assertThat(result.getFlashMap().get("flashError")).isNull();
		assertThat(api.evaluation("lead1", eid).get("status").asString()).isEqualTo("DEPT_REVIEW");

		assertThat(page("lead1", "/tasks")).doesNotContain("href=\"/evaluations/" + eid + "\"");
		assertThat(page("deptrev1", "/tasks")).contains("绩效自评任务").contains("/evaluations/" + eid);
		String review = page("deptrev1", "/evaluations/" + eid);
		assertThat(review).contains("实际 1 ÷ 目标 2 × 10 = 5.00").contains("name=\"score7\"").contains("92.00");
		as("deptrev1", post("/evaluations/" + eid + "/review").with(csrf()).param("decision", "APPROVE")
			.param("score7", "8").param("score0", ""), 302);
		assertThat(api.evaluation("finance1", eid).get("reviewScore").decimalValue()).isEqualByComparingTo("90.00");
		assertThat(page("finance1", "/evaluation/rounds/" + round)).contains("库尔勒经济技术开发区管理委员会")
			.contains("id=\"round-chart\"").contains("各部门自评等级分布").contains("data-label=\"优\"")
			.contains("/js/stacked-chart.js").doesNotContain("<script>");

		as("lead2", get("/evaluations/" + eid), 403);
		as("lead2", get("/evaluation/rounds/" + round), 403);
		as("lead2", post("/evaluations/" + eid).with(csrf()).param("version", "0"), 403);
		as("lead2", post("/evaluations/" + eid + "/review").with(csrf()).param("decision", "APPROVE"), 403);
	}
}
