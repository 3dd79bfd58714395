package io.jixiao.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Health for load balancers, workflow metrics for Prometheus (administrators only). */
@ProductTest
class OperationsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void healthIsPublicAndMetricsCountTheWorkflow() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		String body;
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String created = mvc.perform(post("/api/v1/tables").with(httpBasic("lead1", "demo12345"))
			.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString();
		long id = json.readTree(created).get("id").asLong();
		mvc.perform(post("/api/v1/tables/" + id + "/submit").with(httpBasic("lead1", "demo12345")))
			.andExpect(status().isOk());

		mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo12345"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("jixiao_review_tasks_open")))
			.andExpect(content().string(containsString("jixiao_review_tasks_overdue")))
			.andExpect(content().string(containsString("jixiao_review_actions_total{action=\"SUBMIT\"")));
		mvc.perform(get("/actuator/prometheus").with(httpBasic("lead1", "demo12345"))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
	}
}
