package io.jixiao.evaluation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON API calls of the self-evaluation tests, as the demo users (HTTP Basic), on the seed table 保洁用品项目
 * (3.00 万元 财政拨款, eight indicators weighing 90: ≥2批次 10, four ≥95% of 5/10/5/10, ≤1.50万元 20, 有所提升 20,
 * 满意度 ≥95% 10).
 */
final class EvaluationCalls {

	private final MockMvc mvc;
	private final JsonMapper json;

	EvaluationCalls(MockMvc mvc, JsonMapper json) {
		this.mvc = mvc;
		this.json = json;
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

	ResultActions putAs(String user, String path, String body) throws Exception {
		return mvc.perform(put(path).with(httpBasic(user, "demo12345")).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/** A table of lead1 taken through department and finance review to APPROVED. */
	long approved(int year) throws Exception {
		ObjectNode table;
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			table = (ObjectNode) json.readTree(in);
		}
		table.put("year", year);
		long id = read(postAs("lead1", "/api/v1/tables", json.writeValueAsString(table))
			.andExpect(status().isCreated())).get("id").asLong();
		postAs("lead1", "/api/v1/tables/" + id + "/submit", null).andExpect(status().isOk());
		postAs("deptrev1", "/api/v1/tables/" + id + "/review", "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		postAs("finance1", "/api/v1/tables/" + id + "/review", "{\"decision\":\"APPROVE\",\"grade\":\"优\"}")
			.andExpect(status().isOk());
		return id;
	}

	JsonNode openRound(int year) throws Exception {
		return read(postAs("finance1", "/api/v1/evaluation/rounds",
				"{\"year\":" + year + ",\"dueDate\":\"" + (year + 1) + "-03-31\"}")
			.andExpect(status().isCreated()));
	}

	JsonNode evaluation(String user, long eid) throws Exception {
		return read(getAs(user, "/api/v1/evaluations/" + eid).andExpect(status().isOk()));
	}

	/**
	 * lead1's figures: 2.70 of 3.00 万元 executed (90 %: 9.00), one of two 批次 (5.00), the rest met, 有所提升 达成 at
	 * 90 % (18.00); with {@code analysed} the two rows below full carry their analysis. Total 92.00 (优).
	 */
	ObjectNode filling(long eid, boolean analysed) throws Exception {
		JsonNode current = evaluation("lead1", eid);
		ObjectNode body = json.createObjectNode();
		body.put("version", current.get("version").asLong());
		body.putObject("budget").put("annual", 3.00).put("executed", 2.70);
		body.put("overallResult", "全年完成保洁用品采购一批，办公区域环境整洁");
		body.put("conclusion", "项目总体完成年度目标");
		body.put("problems", "采购批次少于计划");
		body.put("improvements", "合理安排采购计划");
		ArrayNode rows = body.putArray("indicators");
		String[] actuals = { "1批次", "100%", "100%", "98%", "100%", "1.20万元", null, "96%" };
		for (int i = 0; i < actuals.length; i++) {
			ObjectNode r = rows.addObject().put("index", i);
			if (actuals[i] != null) {
				r.put("actual", actuals[i]);
			}
			else {
				r.put("level", "达成").put("judgedPercent", 90);
			}
			if (analysed && (i == 0 || i == 6)) {
				r.put("analysis", "受采购周期影响，下年度提前安排");
			}
		}
		return body;
	}

	ResultActions fill(long eid, ObjectNode body) throws Exception {
		return putAs("lead1", "/api/v1/evaluations/" + eid, json.writeValueAsString(body));
	}

	/** Filled with analysis and submitted (to the department, which reviews lead1's unit). */
	void submitted(long eid) throws Exception {
		fill(eid, filling(eid, true)).andExpect(status().isOk());
		postAs("lead1", "/api/v1/evaluations/" + eid + "/submit", null).andExpect(status().isOk());
	}

	ResultActions review(String user, long eid, String body) throws Exception {
		return postAs(user, "/api/v1/evaluations/" + eid + "/review", body);
	}

	/** The evaluation of a table (lead1 sees it). */
	long evaluationOf(long tableId) throws Exception {
		return read(getAs("lead1", "/api/v1/tables/" + tableId + "/evaluation").andExpect(status().isOk())).get("id")
			.asLong();
	}
}
