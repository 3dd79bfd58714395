package io.jixiao.review;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON API calls of the review tests, as the demo users (HTTP Basic). */
final class ReviewCalls {

	private final MockMvc mvc;
	private final JsonMapper json;

	ReviewCalls(MockMvc mvc, JsonMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	ObjectNode baojie() throws Exception {
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			return (ObjectNode) json.readTree(in);
		}
	}

	JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	ResultActions getAs(String user, String path) throws Exception {
		return mvc.perform(get(path).with(httpBasic(user, "demo12345")));
	}

	ResultActions postAs(String user, String path, String body) throws Exception {
		return mvc.perform(post(path).with(httpBasic(user, "demo12345")).contentType(MediaType.APPLICATION_JSON)
			.content(body == null ? "" : body));
	}

	/** A new draft of lead1 (the seed table 保洁用品项目, which has no ERROR finding). */
	long draft() throws Exception {
		return read(postAs("lead1", "/api/v1/tables", json.writeValueAsString(baojie()))
			.andExpect(status().isCreated())).get("id").asLong();
	}

	ResultActions submit(long id) throws Exception {
		return postAs("lead1", "/api/v1/tables/" + id + "/submit", null);
	}

	ResultActions review(String user, long id, String body) throws Exception {
		return postAs(user, "/api/v1/tables/" + id + "/review", body);
	}

	ResultActions publish(long id) throws Exception {
		return postAs("finance1", "/api/v1/tables/" + id + "/publish", "{\"disclosure\":\"PUBLIC\"}");
	}

	String statusOf(long id) throws Exception {
		return read(getAs("lead1", "/api/v1/tables/" + id).andExpect(status().isOk())).get("status").asString();
	}

	/** The administrator's invariant check. */
	JsonNode invariants() throws Exception {
		return read(getAs("admin", "/api/v1/admin/invariants").andExpect(status().isOk()));
	}
}
