package io.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.OnMysql;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A unit's overall table (单位整体) is self-evaluated in the round of its year like a project, by the same engine over
 * its indicators and the unit's budget, named by the unit and published as the 部门（单位）整体绩效自评表. The demo's
 * 2025 table of the 政务服务中心 (lead2), waiting for finance, is approved first; a database of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = OnMysql.class)
@TestPropertySource(properties = {
		"spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}unitevaluation${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true" })
class UnitEvaluationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void aUnitsOverallTableIsEvaluatedNamedByTheUnitOnItsOwnOfficialTable() throws Exception {
		EvaluationCalls api = new EvaluationCalls(mvc, json);
		long table = jdbc.queryForObject("select id from target_tables where kind = 'UNIT' and table_year = 2025",
				Long.class);
		api.postAs("finance1", "/api/v1/tables/" + table + "/review", "{\"decision\":\"APPROVE\",\"grade\":\"优\"}")
			.andExpect(status().isOk());
		api.openRound(2025);

		JsonNode evaluation = api.read(api.getAs("lead2", "/api/v1/tables/" + table + "/evaluation")
			.andExpect(status().isOk()));
		assertThat(evaluation.get("kind").asString()).isEqualTo("UNIT");
		int indicators = jdbc.queryForObject("select count(*) from indicators where table_id = ?", Integer.class,
				table);
		assertThat(evaluation.get("indicators")).hasSize(indicators);
		assertThat(evaluation.get("budget").get("initial").decimalValue()).isPositive();
		long eid = evaluation.get("id").asLong();

		String tasks = mvc.perform(get("/evaluation").with(user(accounts.loadUserByUsername("lead2"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(tasks).contains(">库尔勒经济技术开发区政务服务中心</a>");
		byte[] xlsx = mvc.perform(get("/evaluations/" + eid + ".xlsx").with(user(accounts.loadUserByUsername("lead2"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(EvaluationPublicationTest.cells(xlsx)).contains("部门（单位）整体绩效自评表", "单位名称",
				"库尔勒经济技术开发区政务服务中心").doesNotContain("项目支出绩效自评表", "项目名称");
		api.getAs("lead1", "/api/v1/evaluations/" + eid).andExpect(status().isForbidden());

		// its monitoring task is named by the unit too (it once showed an empty, unclickable name)
		api.postAs("finance1", "/api/v1/monitoring/rounds", "{\"year\":2025,\"period\":\"1-7\",\"dueDate\":\"2025-08-10\"}")
			.andExpect(status().isCreated());
		String monitoring = mvc.perform(get("/monitoring").with(user(accounts.loadUserByUsername("lead2"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(monitoring).containsPattern("href=\"/monitoring/reports/\\d+\">库尔勒经济技术开发区政务服务中心</a>");
	}
}
