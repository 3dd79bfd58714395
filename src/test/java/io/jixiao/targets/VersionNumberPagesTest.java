package io.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Users see one version number: none but the status 草稿 before the first submission, then 「第 N 版」 of the submitted
 * versions, on the table's page, its form and its timeline. The save counter that guards against lost updates stays
 * internal: in the form's hidden field and the API's {@code version}, never shown.
 */
@ProductTest
class VersionNumberPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	UserDetailsService accounts;

	@Test
	void draftShowsNoNumberAndEachSubmissionShowsItsVersionNumberNeverTheSaveCounter() throws Exception {
		JsonNode table = api("lead1", post("/api/v1/tables"), seedTable(), 201);
		long id = table.get("id").asLong();
		// two saves: the save counter moves on, what users see does not
		table = api("lead1", put("/api/v1/tables/" + id), (ObjectNode) table, 200);
		table = api("lead1", put("/api/v1/tables/" + id), (ObjectNode) table, 200);
		long counter = table.get("version").asLong();
		assertThat(counter).isEqualTo(2);

		String draft = page("lead1", "/tables/" + id);
		assertThat(draft).contains("status-DRAFT\">草稿<").doesNotContain("table-version", "修订", "版本 2");
		String form = page("lead1", "/tables/" + id + "/edit");
		assertThat(form).doesNotContain("table-version", "修订").containsPattern("name=\"version\"\\s+value=\"2\"");

		api("lead1", post("/api/v1/tables/" + id + "/submit"), null, 200);
		assertThat(page("lead1", "/tables/" + id)).contains("class=\"table-version\">第 1 版<", "· 第 1 版")
			.doesNotContain("修订");

		api("deptrev1", post("/api/v1/tables/" + id + "/review"),
				json.valueToTree(Map.of("decision", "RETURN", "comment", "请补充时效指标。")), 200);
		JsonNode returned = api("lead1", get("/api/v1/tables/" + id), null, 200);
		String revising = page("lead1", "/tables/" + id + "/edit");
		assertThat(revising).contains("class=\"table-version\">第 1 版<").doesNotContain("修订")
			.containsPattern("name=\"version\"\\s+value=\"" + returned.get("version").asLong() + "\"");

		api("lead1", post("/api/v1/tables/" + id + "/submit"), null, 200);
		assertThat(page("deptrev1", "/tables/" + id)).contains("class=\"table-version\">第 2 版<", "· 第 2 版")
			.doesNotContain("修订");
	}

	ObjectNode seedTable() throws Exception {
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			return (ObjectNode) json.readTree(in);
		}
	}

	JsonNode api(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			JsonNode body, int expected) throws Exception {
		request.with(httpBasic(user, "demo12345"));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
		}
		String answer = mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return answer.isEmpty() ? null : json.readTree(answer);
	}

	String page(String user, String path) throws Exception {
		return mvc.perform(get(path).with(user(accounts.loadUserByUsername(user)))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
