package io.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.OnMysql;
import org.junit.jupiter.api.BeforeEach;
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
 * A table approved after its year's round opened (it was still in review) joins the round when finance adds the late
 * ones. A database of its own: the count added is exact only when no other test approves tables of the year.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = OnMysql.class)
@TestPropertySource(properties = { "spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}roundadditions${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true" })
class RoundAdditionsTest {

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
	void aTableApprovedAfterTheRoundOpenedJoinsItWhenFinanceAddsTheLateOnes() throws Exception {
		long early = api.approved(2026);
		long roundId = api.openRound(2026).get("id").asLong();
		long late = api.approved(2026);
		api.getAs("lead1", "/api/v1/tables/" + late + "/evaluation").andExpect(status().isNotFound());

		api.postAs("deptrev1", "/api/v1/evaluation/rounds/" + roundId + "/additions", null)
			.andExpect(status().isForbidden());
		assertThat(api.read(api.postAs("finance1", "/api/v1/evaluation/rounds/" + roundId + "/additions", null)
			.andExpect(status().isOk())).get("added").asInt()).isEqualTo(1);
		JsonNode added = api.read(api.getAs("lead1", "/api/v1/tables/" + late + "/evaluation").andExpect(status().isOk()));
		assertThat(added.get("roundId").asLong()).isEqualTo(roundId);
		assertThat(added.get("status").asString()).isEqualTo("DRAFT");
		assertThat(added.get("indicators")).hasSize(8);
		assertThat(api.evaluationOf(early)).isNotEqualTo(added.get("id").asLong());
		assertThat(api.read(api.postAs("finance1", "/api/v1/evaluation/rounds/" + roundId + "/additions", null))
			.get("added").asInt()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'EVALUATION_OPEN' and table_id = ?",
				Long.class, late)).isEqualTo(1);
		// the round page's button does the same and says so
		mvc.perform(post("/evaluation/rounds/" + roundId + "/additions").with(csrf())
			.with(user(accounts.loadUserByUsername("finance1"))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashText", "本年度已批复的绩效目标表均已有自评表，无需补充。"));
	}
}
