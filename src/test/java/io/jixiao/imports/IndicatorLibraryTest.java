package io.jixiao.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import io.jixiao.organizations.Account;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The indicator library: reviewed and imported indicators while drafting, and last year's values of a project. */
@ProductTest
class IndicatorLibraryTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JsonMapper json;

	JsonNode getJson(String username, String path) throws Exception {
		Account account = (Account) users.loadUserByUsername(username);
		return json.readTree(mvc.perform(get(path).with(user(account))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void importedIndicatorsAreSuggestedToTheirUnitOnlyUnderTheirLevel2() throws Exception {
		mvc.perform(post("/api/v1/import").param("dryRun", "false").contentType("text/plain;charset=UTF-8")
			.content(Seeds.text(Seeds.S001).getBytes(StandardCharsets.UTF_8)).with(httpBasic("lead1", "demo12345")))
			.andExpect(status().isOk());

		JsonNode mine = getJson("lead1", "/imports/library?level2=数量指标&q=宣传片");
		assertThat(mine).isNotEmpty().allSatisfy(s -> {
			assertThat(s.get("level2").asString()).isEqualTo("数量指标");
			assertThat(s.get("name").asString()).contains("宣传片");
		});
		assertThat(mine).anySatisfy(s -> assertThat(s.get("value").asString()).isEqualTo(">=2个"));
		assertThat(getJson("lead1", "/imports/library?level2=满意度指标&q=宣传片")).isEmpty();
		assertThat(getJson("lead2", "/imports/library?level2=数量指标&q=宣传片")).isEmpty();
	}

	@Test
	void indicatorsOfPublishedTablesAreSuggestedWithTheirSource() throws Exception {
		JsonNode suggestions = getJson("lead1", "/imports/library?level2=数量指标&q=慰问");

		assertThat(suggestions).anySatisfy(s -> {
			assertThat(s.get("name").asString()).isEqualTo("慰问次数");
			assertThat(s.get("value").asString()).isEqualTo(">=2次");
			assertThat(s.get("source").asString()).isEqualTo("2024 慰问项目");
		});
	}

	@Test
	void lastYearsValuesComeFromLastYearsApprovedTableOfTheSameProject() throws Exception {
		JsonNode found = getJson("lead1", "/imports/last-year?projectName=慰问项目&year=2025");

		assertThat(found.get("found").asBoolean()).isTrue();
		assertThat(found.get("year").asInt()).isEqualTo(2024);
		assertThat(found.get("values").get("慰问次数").asString()).isEqualTo(">=2次");
		assertThat(found.get("message").asString()).contains("2024 年批复的「慰问项目」");

		JsonNode none = getJson("lead2", "/imports/last-year?projectName=慰问项目&year=2025");
		assertThat(none.get("found").asBoolean()).isFalse();
		assertThat(none.get("message").asString()).contains("未找到 2024 年已批复的同名项目");
	}
}
