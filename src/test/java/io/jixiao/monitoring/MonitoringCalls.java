package io.jixiao.monitoring;

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

/** The JSON API calls of the monitoring tests, as the demo users (HTTP Basic). */
final class MonitoringCalls {

	private final MockMvc mvc;
	private final JsonMapper json;

	MonitoringCalls(MockMvc mvc, JsonMapper json) {
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

	/** A new draft of lead1 in the given year (the seed table 保洁用品项目: 3.00 万元 财政拨款, eight indicators). */
	long draft(int year) throws Exception {
		return draft(year, 3, 0);
	}

	/** The seed table with its 3.00 万元 split into 财政拨款 and 其他资金 as given. */
	long draft(int year, double fiscal, double other) throws Exception {
		ObjectNode table;
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			table = (ObjectNode) json.readTree(in);
		}
		table.put("year", year).put("fiscalFunds", fiscal).put("otherFunds", other);
		return read(postAs("lead1", "/api/v1/tables", json.writeValueAsString(table))
			.andExpect(status().isCreated())).get("id").asLong();
	}

	/** A table of lead1 taken through department and finance review to APPROVED. */
	long approved(int year) throws Exception {
		return approve(draft(year));
	}

	/** A draft of lead1 taken through department and finance review to APPROVED. */
	long approve(long id) throws Exception {
		postAs("lead1", "/api/v1/tables/" + id + "/submit", null).andExpect(status().isOk());
		postAs("deptrev1", "/api/v1/tables/" + id + "/review", "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		postAs("finance1", "/api/v1/tables/" + id + "/review", "{\"decision\":\"APPROVE\",\"grade\":\"优\"}")
			.andExpect(status().isOk());
		return id;
	}

	JsonNode openRound(int year, String period) throws Exception {
		return read(postAs("finance1", "/api/v1/monitoring/rounds",
				"{\"year\":" + year + ",\"period\":\"" + period + "\",\"dueDate\":\"" + year + "-08-10\"}")
			.andExpect(status().isCreated()));
	}

	/** The id of the one report of a table. */
	long reportOf(long tableId) throws Exception {
		JsonNode reports = read(getAs("lead1", "/api/v1/tables/" + tableId + "/monitoring").andExpect(status().isOk()));
		return reports.get(0).get("id").asLong();
	}

	JsonNode report(String user, long rid) throws Exception {
		return read(getAs(user, "/api/v1/monitoring/" + rid).andExpect(status().isOk()));
	}

	/**
	 * The report filled by lead1: the given amount executed of 3.00 万元, every indicator expected on target and
	 * 确定能, except the first, which gets the given expected value, likelihood, explanation and measures.
	 */
	ObjectNode filling(long rid, String executed, String firstExpected, String likelihood, String explanation,
			String measures) throws Exception {
		JsonNode report = report("lead1", rid);
		ObjectNode body = json.createObjectNode();
		body.put("version", report.get("version").asLong());
		body.putObject("budget").put("adjusted", 3.00).put("executed", Double.parseDouble(executed));
		body.put("overallProgress", "采购按计划推进");
		ArrayNode rows = body.putArray("indicators");
		for (JsonNode row : report.get("indicators")) {
			ObjectNode r = rows.addObject();
			int index = row.get("index").asInt();
			r.put("index", index);
			r.put("actualToDate", "过半");
			r.put("expectedFullYear", index == 0 ? firstExpected : row.get("target").asString());
			r.put("likelihood", index == 0 ? likelihood : "确定能");
			if (index == 0 && explanation != null) {
				r.put("explanation", explanation);
			}
			if (index == 0 && measures != null) {
				r.put("measures", measures);
			}
			if (index == 0) {
				r.putArray("deviationReasons").add("经费保障");
			}
		}
		return body;
	}

	ResultActions fill(long rid, ObjectNode body) throws Exception {
		return putAs("lead1", "/api/v1/monitoring/" + rid, json.writeValueAsString(body));
	}

	/** Filled on pace and on target, and submitted (to the department, which reviews lead1's unit). */
	void submitGreen(long rid) throws Exception {
		fill(rid, filling(rid, "2.00", ">=2批次", "确定能", null, null)).andExpect(status().isOk());
		postAs("lead1", "/api/v1/monitoring/" + rid + "/submit", null).andExpect(status().isOk());
	}

	ResultActions review(String user, long rid, String body) throws Exception {
		return postAs(user, "/api/v1/monitoring/" + rid + "/review", body);
	}
}
