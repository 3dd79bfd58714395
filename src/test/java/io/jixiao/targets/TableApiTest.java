package io.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The tables API of api.md: create, read, update, checks, versions and access by organization. */
@ProductTest
class TableApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	ObjectNode baojie() throws IOException {
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			return (ObjectNode) json.readTree(in);
		}
	}

	JsonNode create(String user, ObjectNode body) throws Exception {
		String response = mvc.perform(post("/api/v1/tables").with(httpBasic(user, "demo12345"))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(response);
	}

	ResultActions getAs(String user, String path) throws Exception {
		return mvc.perform(get(path).with(httpBasic(user, "demo12345")));
	}

	ResultActions putAs(String user, long id, JsonNode body) throws Exception {
		return mvc.perform(put("/api/v1/tables/" + id).with(httpBasic(user, "demo12345"))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
	}

	JsonNode checks(long id) throws Exception {
		return json.readTree(getAs("lead1", "/api/v1/tables/" + id + "/checks").andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void leadCreatesTheSeedTableAsDraftInOwnUnitWithEveryRowKept() throws Exception {
		JsonNode table = create("lead1", baojie());

		assertThat(table.get("status").asString()).isEqualTo("DRAFT");
		assertThat(table.get("unitName").asString()).isEqualTo("库尔勒经济技术开发区管理委员会党政办公室");
		assertThat(table.get("totalFunds").decimalValue()).isEqualByComparingTo("3.00");
		assertThat(table.get("indicators")).hasSize(8);
		JsonNode cost = table.get("indicators").get(5);
		assertThat(cost.get("name").asString()).isEqualTo("每次采购成本控制数");
		assertThat(cost.get("value").asString()).isEqualTo("<=1.50 万元");
		assertThat(cost.get("operator").asString()).isEqualTo("LE");
		assertThat(cost.get("unit").asString()).isEqualTo("万元");
		assertThat(cost.get("weight").decimalValue()).isEqualByComparingTo("20");

		JsonNode read = json.readTree(getAs("lead1", "/api/v1/tables/" + table.get("id").asLong())
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(read.get("indicators")).isEqualTo(table.get("indicators"));
	}

	@Test
	void seedTableHasNoErrorFinding() throws Exception {
		long id = create("lead1", baojie()).get("id").asLong();

		JsonNode findings = checks(id);

		assertThat(findings.findValuesAsString("severity")).doesNotContain("ERROR");
	}

	@Test
	void fundsThatDoNotAddUpShowTheFundError() throws Exception {
		ObjectNode body = baojie();
		body.put("fiscalFunds", 2);
		long id = create("lead1", body).get("id").asLong();

		JsonNode findings = checks(id);

		assertThat(findings).anySatisfy(f -> {
			assertThat(f.get("rule").asString()).isEqualTo("R02");
			assertThat(f.get("severity").asString()).isEqualTo("ERROR");
			assertThat(f.get("message").asString()).contains("3.00").contains("2.00");
		});
	}

	@Test
	void weightsSummingTo80ShowTheWeightError() throws Exception {
		ObjectNode body = baojie();
		((ObjectNode) body.get("indicators").get(0)).put("weight", 5);
		((ObjectNode) body.get("indicators").get(2)).put("weight", 5);
		long id = create("lead1", body).get("id").asLong();

		assertThat(checks(id)).anySatisfy(f -> {
			assertThat(f.get("rule").asString()).isEqualTo("R08");
			assertThat(f.get("severity").asString()).isEqualTo("ERROR");
			assertThat(f.get("message").asString()).contains("80").contains("90");
		});
	}

	@Test
	void staleUpdateIsAConflictAndKeepsTheFirstWriterChanges() throws Exception {
		JsonNode created = create("lead1", baojie());
		long id = created.get("id").asLong();
		long version = created.get("version").asLong();

		ObjectNode first = (ObjectNode) created.deepCopy();
		first.put("projectName", "保洁用品项目（第一次修改）");
		putAs("lead1", id, first).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(version + 1));

		ObjectNode second = (ObjectNode) created.deepCopy();
		second.put("projectName", "保洁用品项目（过期副本）");
		putAs("lead1", id, second).andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("conflict"))
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("已被他人修改")));

		getAs("lead1", "/api/v1/tables/" + id).andExpect(jsonPath("$.projectName").value("保洁用品项目（第一次修改）"))
			.andExpect(jsonPath("$.version").value(version + 1))
			.andExpect(jsonPath("$.indicators.length()").value(8));
	}

	/**
	 * Sixteen saves of the same version at once, each with its own content (name, goal, every row marked, a different
	 * number of rows): one is stored whole, every other gets 409 and leaves no trace, rows of two never mix.
	 */
	@Test
	void concurrentSavesOfOneVersionStoreExactlyOneWholeAndRefuseTheRest() throws Exception {
		JsonNode created = create("lead1", baojie());
		long id = created.get("id").asLong();
		long version = created.get("version").asLong();
		int writers = 16;
		List<ObjectNode> bodies = new ArrayList<>();
		for (int i = 0; i < writers; i++) {
			ObjectNode body = (ObjectNode) created.deepCopy();
			body.put("projectName", "并发修改 " + i).put("overallGoal", "写入者 " + i + " 的总体目标");
			ArrayNode rows = (ArrayNode) body.get("indicators");
			for (int removed = 0; removed < i % 3; removed++) {
				rows.remove(rows.size() - 1);
			}
			for (JsonNode row : rows) {
				((ObjectNode) row).put("evidence", "写入者 " + i);
			}
			bodies.add(body);
		}

		ExecutorService pool = Executors.newFixedThreadPool(writers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<org.springframework.mock.web.MockHttpServletResponse>> answers = new ArrayList<>();
		for (ObjectNode body : bodies) {
			answers.add(pool.submit(() -> {
				start.await();
				return putAs("lead1", id, body).andReturn().getResponse();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		List<String> refusals = new ArrayList<>();
		for (Future<org.springframework.mock.web.MockHttpServletResponse> answer : answers) {
			statuses.add(answer.get().getStatus());
			if (answer.get().getStatus() == 409) {
				refusals.add(json.readTree(answer.get().getContentAsString(StandardCharsets.UTF_8)).get("message")
					.asString());
			}
		}
		pool.shutdown();

		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(writers - 1);
		// stale version (read after the winner committed) or the winner's row lock: both say nothing was saved
		assertThat(refusals).allSatisfy(message -> assertThat(message).containsAnyOf("已被他人修改", "刚刚已被他人处理"));
		int winner = statuses.indexOf(200);
		JsonNode stored = json.readTree(getAs("lead1", "/api/v1/tables/" + id).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(stored.get("version").asLong()).isEqualTo(version + 1);
		assertThat(stored.get("projectName").asString()).isEqualTo("并发修改 " + winner);
		assertThat(stored.get("overallGoal").asString()).isEqualTo("写入者 " + winner + " 的总体目标");
		assertThat(stored.get("indicators")).hasSize(8 - winner % 3);
		assertThat(stored.get("indicators").findValuesAsString("evidence")).containsOnly("写入者 " + winner);
		assertThat(stored.get("indicators").findValuesAsString("name"))
			.isEqualTo(bodies.get(winner).get("indicators").findValuesAsString("name"));
		assertThat(jdbc.queryForObject("select count(*) from indicators where table_id = ?", Long.class, id))
			.isEqualTo(8 - winner % 3);
		assertThat(jdbc.queryForObject("select count(*) from audit_events where table_id = ? and action = 'UPDATE'",
				Long.class, id)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select details from audit_events where table_id = ? and action = 'UPDATE'",
				String.class, id)).contains("并发修改 " + winner);
	}

	@Test
	void anotherUnitsLeadCanNeitherReadNorChangeTheTable() throws Exception {
		JsonNode created = create("lead1", baojie());
		long id = created.get("id").asLong();

		getAs("lead2", "/api/v1/tables/" + id).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("forbidden"));
		getAs("lead2", "/api/v1/tables/" + id + "/checks").andExpect(status().isForbidden());
		ObjectNode change = (ObjectNode) created.deepCopy();
		change.put("projectName", "改名");
		putAs("lead2", id, change).andExpect(status().isForbidden());
		JsonNode list = json.readTree(getAs("lead2", "/api/v1/tables?size=200").andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(list.get("items").findValuesAsString("unitName")).doesNotContain("库尔勒经济技术开发区管理委员会党政办公室");

		getAs("lead1", "/api/v1/tables/" + id).andExpect(jsonPath("$.projectName").value("保洁用品项目"));
	}

	@Test
	void departmentReviewerAndFinanceSeeTheUnitsTables() throws Exception {
		long id = create("lead1", baojie()).get("id").asLong();

		getAs("deptrev1", "/api/v1/tables/" + id).andExpect(status().isOk());
		getAs("finance1", "/api/v1/tables/" + id).andExpect(status().isOk());
	}

	@Test
	void onlyLeadsCreateTables() throws Exception {
		mvc.perform(post("/api/v1/tables").with(httpBasic("finance1", "demo12345"))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(baojie())))
			.andExpect(status().isForbidden());
	}

	@Test
	void missingTableIs404AndNoCredentialsIs401() throws Exception {
		getAs("lead1", "/api/v1/tables/987654").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("not_found"));
		mvc.perform(get("/api/v1/tables")).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.message").exists());
	}

	@Test
	void badInputIsRefusedInChineseAndNothingIsStored() throws Exception {
		ObjectNode body = baojie();
		body.put("totalFunds", -3);
		body.put("projectName", "不应保存的表");
		mvc.perform(post("/api/v1/tables").with(httpBasic("lead1", "demo12345"))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.error").value("invalid"))
			.andExpect(jsonPath("$.message").value("输入有误，请检查后重试。"));
		mvc.perform(post("/api/v1/tables").with(httpBasic("lead1", "demo12345"))
			.contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest());

		JsonNode list = json.readTree(getAs("lead1", "/api/v1/tables?size=200")
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(list.get("items").findValuesAsString("projectName")).doesNotContain("不应保存的表");
	}

	@Test
	void meTellsWhoIsCalling() throws Exception {
		getAs("deptrev1", "/api/v1/me").andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("deptrev1"))
			.andExpect(jsonPath("$.roles[0]").value("DEPT_REVIEWER"))
			.andExpect(jsonPath("$.organization.name").value("库尔勒经济技术开发区管理委员会"));
	}
}
