package io.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 申请调整 from a monitoring report over HTTP: a red or yellow report offers its unit's lead the adjustment of the table
 * with a reason drawn from the report, opens it in one step and links to it; a green report, another role, or a
 * table already under adjustment does not. Year 2027 (1—4月, 1—6月) is this class's own.
 */
@ProductTest
class MonitoringAdjustmentTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	UserDetailsService accounts;

	MonitoringCalls api;

	@BeforeEach
	void calls() {
		api = new MonitoringCalls(mvc, json);
	}

	String page(String username, String path) throws Exception {
		return mvc.perform(get(path).with(user(accounts.loadUserByUsername(username)))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	ResultActions propose(String username, long rid, String reason) throws Exception {
		return mvc.perform(post("/monitoring/reports/" + rid + "/adjustment").with(csrf())
			.with(user(accounts.loadUserByUsername(username))).param("reason", reason));
	}

	@Test
	void aYellowReportOpensTheAdjustmentOfItsTableWithTheReportsReasonAndLinksToIt() throws Exception {
		long table = api.approved(2027);
		api.openRound(2027, "1-4");
		long rid = api.reportOf(table);
		api.fill(rid, api.filling(rid, "2.00", "1批次", "有可能", "供应商延迟供货", "更换供应商")).andExpect(status().isOk());
		assertThat(api.report("lead1", rid).get("light").asString()).isEqualTo("YELLOW");

		String offered = page("lead1", "/monitoring/reports/" + rid);
		assertThat(offered).contains("/monitoring/reports/" + rid + "/adjustment").contains("据此申请调整")
			.contains("据2027年1—4月绩效运行监控（黄灯）")
			.contains("指标“购置低值易耗品次数”年度指标值 &gt;=2 批次，全年预计完成值 1批次，完成目标可能性：有可能，偏差原因：经费保障，"
					+ "原因说明：供应商延迟供货，纠偏措施：更换供应商。")
			.doesNotContain("已据此监控表申请调整");
		assertThat(page("finance1", "/monitoring/reports/" + rid)).doesNotContain("据此申请调整");

		propose("lead1", rid, "据监控：供应商延迟供货，调减采购批次").andExpect(status().isFound())
			.andExpect(redirectedUrl("/tables/" + table));

		JsonNode adjusted = api.read(api.getAs("lead1", "/api/v1/tables/" + table));
		assertThat(adjusted.get("status").asString()).isEqualTo("ADJUSTING");
		assertThat(adjusted.get("adjustment").get("reason").asString()).isEqualTo("据监控：供应商延迟供货，调减采购批次");
		String linked = page("lead1", "/monitoring/reports/" + rid);
		assertThat(linked).contains("已据此监控表申请调整（第 1 次调整）").contains("href=\"/tables/" + table + "\"")
			.doesNotContain("据此申请调整");
		// one adjustment open at a time: the report says so and the table keeps the one it has
		propose("lead1", rid, "再次申请").andExpect(redirectedUrl("/monitoring/reports/" + rid))
			.andExpect(flash().attribute("flashError", "本表已有一项调整尚未办结，不能再次申请调整。"));
		assertThat(api.read(api.getAs("lead1", "/api/v1/tables/" + table + "/adjustments"))).hasSize(1);
	}

	@Test
	void aGreenReportOrAnotherRoleCannotProposeAnAdjustment() throws Exception {
		long table = api.approved(2027);
		api.openRound(2027, "1-6");
		long rid = api.reportOf(table);
		api.fill(rid, api.filling(rid, "2.00", ">=2批次", "确定能", null, null)).andExpect(status().isOk());
		assertThat(api.report("lead1", rid).get("light").asString()).isEqualTo("GREEN");

		assertThat(page("lead1", "/monitoring/reports/" + rid)).doesNotContain("据此申请调整");
		propose("lead1", rid, "无偏差也想调整").andExpect(redirectedUrl("/monitoring/reports/" + rid))
			.andExpect(flash().attribute("flashError", "监控表未发现预算执行滞后或指标偏差（非红灯、黄灯），不能据此申请调整。"));
		propose("deptrev1", rid, "部门代为申请").andExpect(status().isForbidden());
		assertThat(api.read(api.getAs("lead1", "/api/v1/tables/" + table)).get("status").asString())
			.isEqualTo("APPROVED");
	}
}
