package io.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import db.migration.V11__official_indicator_order;
import io.jixiao.ProductTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The migration that puts stored tables in official order (V11): rows stored in scrambled positions, in a table and in
 * its submitted version, read back in official order with every row and every field kept; a row comment follows its
 * row.
 */
@ProductTest
class OrderMigrationTest {

	/** Which stored row goes to each position: 满意度, 质量, 效益, 数量, 成本, 质量, 时效, 质量. */
	private static final int[] SCRAMBLED = { 7, 2, 6, 0, 5, 1, 4, 3 };

	/** The official order of the scrambled rows: the 质量 rows keep their scrambled order (2, 1, 3). */
	private static final int[] OFFICIAL = { 0, 2, 1, 3, 4, 5, 6, 7 };

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void tableAndVersionStoredInMixedOrderReadBackInOfficialOrderWithNothingLost() throws Exception {
		long id = submittedSeedTable();
		long versionId = jdbc.queryForObject("select id from table_versions where table_id = ?", Long.class, id);
		List<Map<String, Object>> rows = rows("indicators", "table_id", id);
		List<Map<String, Object>> versionRows = rows("version_indicators", "version_id", versionId);
		assertThat(rows).hasSize(8).isEqualTo(versionRows);

		scramble("indicators", "table_id", id);
		scramble("version_indicators", "version_id", versionId);
		// a reviewer's comment on the version's first row as scrambled: 工作人员满意度
		jdbc.update("insert into row_comments (table_id, version_number, row_index, row_name, comment_text, author_id,"
				+ " author_name, created_at) values (?, 1, 0, '工作人员满意度', '请说明调查方式', 1, '审核人', current_timestamp)",
				id);
		assertThat(rows("indicators", "table_id", id).get(0)).isEqualTo(rows.get(7));

		migrate();

		List<Map<String, Object>> expected = new ArrayList<>();
		for (int i : OFFICIAL) {
			expected.add(rows.get(i));
		}
		assertThat(rows("indicators", "table_id", id)).isEqualTo(expected);
		assertThat(rows("version_indicators", "version_id", versionId)).isEqualTo(expected);
		assertThat(jdbc.queryForObject("select row_index from row_comments where table_id = ?", Integer.class, id))
			.isEqualTo(7);
		JsonNode read = json.readTree(mvc.perform(get("/api/v1/tables/" + id).with(httpBasic("lead1", "demo12345")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(read.get("indicators").get(1).get("name").asString()).isEqualTo("政府采购率");
		assertThat(read.get("indicators").get(7).get("level1").asString()).isEqualTo("满意度指标");
	}

	@Test
	void tablesAlreadyInOrderAreLeftAsTheyAre() throws Exception {
		long id = submittedSeedTable();
		List<Map<String, Object>> before = rows("indicators", "table_id", id);

		migrate();

		assertThat(rows("indicators", "table_id", id)).isEqualTo(before);
	}

	/** The seed table (fixtures/baojie.json) created and submitted by lead1: stored in official order, version 1. */
	long submittedSeedTable() throws Exception {
		String body;
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String created = mvc.perform(post("/api/v1/tables").with(httpBasic("lead1", "demo12345"))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		long id = json.readTree(created).get("id").asLong();
		mvc.perform(post("/api/v1/tables/" + id + "/submit").with(httpBasic("lead1", "demo12345")))
			.andExpect(status().isOk());
		return id;
	}

	/** Every column but the key (owner and position), in stored order. */
	List<Map<String, Object>> rows(String table, String owner, long id) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> row : jdbc.queryForList("select * from " + table + " where " + owner + " = ?"
				+ " order by position", id)) {
			Map<String, Object> fields = new LinkedHashMap<>();
			row.forEach((column, value) -> {
				if (!column.equalsIgnoreCase("position") && !column.equalsIgnoreCase(owner)) {
					fields.put(column.toLowerCase(java.util.Locale.ROOT), value);
				}
			});
			rows.add(fields);
		}
		return rows;
	}

	/** Stores row {@code SCRAMBLED[k]} at position k, as tables were stored before their rows were ordered. */
	void scramble(String table, String owner, long id) {
		jdbc.update("update " + table + " set position = -position - 1 where " + owner + " = ?", id);
		for (int k = 0; k < SCRAMBLED.length; k++) {
			jdbc.update("update " + table + " set position = ? where " + owner + " = ? and position = ?", k, id,
					-SCRAMBLED[k] - 1);
		}
	}

	void migrate() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			new V11__official_indicator_order().migrate(new Context() {
				@Override
				public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
					return null;
				}

				@Override
				public Connection getConnection() {
					return connection;
				}
			});
		}
	}
}
