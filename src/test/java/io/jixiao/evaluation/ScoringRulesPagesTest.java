package io.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The scoring rule sets on their page: finance reads them, an administrator stores a year's (audited with each
 * changed figure), a rule set that does not hold together is refused in Chinese and changes nothing. Year 2099, which
 * no other test scores.
 */
@ProductTest
class ScoringRulesPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ScoringRuleSets ruleSets;

	@Autowired
	JdbcTemplate jdbc;

	MvcResult as(String username, MockHttpServletRequestBuilder request, int status) throws Exception {
		return mvc.perform(request.with(user(accounts.loadUserByUsername(username))))
			.andExpect(status().is(status)).andReturn();
	}

	String page(String username, String path) throws Exception {
		return as(username, get(path), 200).getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	MockHttpServletRequestBuilder store(String excellent, String caps) {
		return store(excellent, caps, "本地实施细则第十条");
	}

	MockHttpServletRequestBuilder store(String excellent, String caps, String basis) {
		return post("/evaluation/rules").with(csrf()).param("year", "2099").param("excellent", excellent)
			.param("good", "80").param("fair", "60").param("achievedFloor", "80").param("partialFloor", "60")
			.param("equalityBand", "10").param("overAchievementOn", "true").param("overAchievementThreshold", "30")
			.param("overAchievementPoints", "3").param("overAchievementBasis", basis)
			.param("executionCaps", caps).param("executionCapBasis", "");
	}

	long ruleAudits() {
		return jdbc.queryForObject("select count(*) from audit_events where action = 'EVALUATION_RULE'", Long.class);
	}

	@Test
	void anAdministratorStoresAYearsRulesAuditedAndARuleSetThatDoesNotHoldIsRefused() throws Exception {
		String shown = page("admin", "/evaluation/rules?year=2099");
		assertThat(shown).contains("自评评分规则").contains("优 ≥ 90，良 ≥ 80，中 ≥ 60").contains("低于 80% 最高 89 分")
			.contains("name=\"excellent\"").contains("value=\"2099\"");
		long audits = ruleAudits();

		// 良 above 优, caps that do not read, a switched-on rule without its basis: refused, nothing stored
		MvcResult refused = as("admin", store("75", ""), 302);
		assertThat(refused.getFlashMap().get("flashError")).isEqualTo("等级线应依次降低：优 > 良 > 中 > 0");
		refused = as("admin", store("92", "八十:89"), 302);
		assertThat(refused.getFlashMap().get("flashError")).asString().startsWith("封顶档次应写成");
		refused = as("admin", store("92", "", " "), 302);
		assertThat(refused.getFlashMap().get("flashError")).isEqualTo("启用的规则须写明依据");
		assertThat(ruleSets.of(2099).year()).isEqualTo(2020);
		assertThat(ruleAudits()).isEqualTo(audits);

		// 优 from 92, a 3-point penalty, the execution caps switched off and emptied
		MvcResult stored = as("admin", store("92", ""), 302);
		assertThat(stored.getResponse().getRedirectedUrl()).isEqualTo("/evaluation/rules?year=2099");
		RuleSet now = ruleSets.of(2099);
		assertThat(now.year()).isEqualTo(2099);
		assertThat(now.excellent()).isEqualByComparingTo("92");
		assertThat(now.overAchievement().points()).isEqualByComparingTo(BigDecimal.valueOf(3));
		assertThat(now.executionCaps().enabled()).isFalse();
		assertThat(ruleSets.of(2098).excellent()).isEqualByComparingTo("90");
		assertThat(ruleAudits()).isEqualTo(audits + 1);
		assertThat(page("admin", "/admin/audit?action=EVALUATION_RULE")).contains("修改自评评分规则")
			.contains("优（总分不低于）：90 → 92").contains("超额扣分：2 → 3");

		// finance reads the rule sets without the form; neither finance nor a unit may store one
		assertThat(page("finance1", "/evaluation/rules")).contains("优 ≥ 92").doesNotContain("name=\"excellent\"");
		as("finance1", store("93", ""), 403);
		as("lead1", get("/evaluation/rules"), 403);
		assertThat(ruleSets.of(2099).excellent()).isEqualByComparingTo("92");
	}
}
