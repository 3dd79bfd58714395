package io.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import io.jixiao.organizations.OrganizationAdmin;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.OrganizationKind;
import io.jixiao.organizations.Role;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every audited action leaves a chained event in the same transaction; tampering in the database is found. */
@ProductTest
class AuditTrailTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditTrail trail;

	@Autowired
	OrganizationAdmin admin;

	@Autowired
	OrganizationDirectory directory;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	AuditEvents events;

	@Autowired
	EntityManager entityManager;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactionManager;

	JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	ResultActions call(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body) throws Exception {
		return mvc.perform(request.with(httpBasic(user, "demo12345")).contentType(MediaType.APPLICATION_JSON)
			.content(body == null ? "" : body));
	}

	long draft() throws Exception {
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			return read(call("lead1", post("/api/v1/tables"), new String(in.readAllBytes(), StandardCharsets.UTF_8)))
				.get("id").asLong();
		}
	}

	List<String> actions(long tableId) throws Exception {
		return read(call("lead1", get("/api/v1/tables/" + tableId + "/audit"), null)).findValuesAsString("action");
	}

	@Test
	void everyStepOfATableIsAuditedWithItsDetails() throws Exception {
		long id = draft();
		JsonNode table = read(call("lead1", get("/api/v1/tables/" + id), null));
		ObjectNode edited = (ObjectNode) table.deepCopy();
		edited.put("projectName", "保洁用品项目（修改）");
		((ObjectNode) edited.get("indicators").get(5)).put("value", "<=1.20 万元");
		call("lead1", put("/api/v1/tables/" + id), json.writeValueAsString(edited)).andExpect(status().isOk());
		call("lead1", post("/api/v1/tables/" + id + "/submit"), null).andExpect(status().isOk());
		call("lead1", post("/api/v1/tables/" + id + "/withdraw"), null).andExpect(status().isOk());
		call("lead1", post("/api/v1/tables/" + id + "/submit"), null).andExpect(status().isOk());
		call("deptrev1", post("/api/v1/tables/" + id + "/review"), "{\"decision\":\"RETURN\",\"comment\":\"请细化\"}")
			.andExpect(status().isOk());
		call("lead1", post("/api/v1/tables/" + id + "/submit"), null).andExpect(status().isOk());
		call("deptrev1", post("/api/v1/tables/" + id + "/review"), "{\"decision\":\"APPROVE\"}");
		call("finance1", post("/api/v1/tables/" + id + "/review"), "{\"grade\":\"优\",\"rowComments\":[{\"row\":0,\"comment\":\"好\"}]}")
			.andExpect(status().isOk());
		call("finance1", post("/api/v1/tables/" + id + "/publish"), "{\"disclosure\":\"PUBLIC\"}")
			.andExpect(status().isOk());

		assertThat(actions(id)).containsExactly("CREATE", "UPDATE", "SUBMIT", "WITHDRAW", "SUBMIT", "RETURN", "SUBMIT",
				"APPROVE", "APPROVE", "COMMENT", "PUBLISH");
		JsonNode events = read(call("lead1", get("/api/v1/tables/" + id + "/audit"), null));
		String update = events.get(1).get("details").asString();
		assertThat(update).contains("保洁用品项目（修改）").contains("<=1.50 万元").contains("<=1.20 万元");
		assertThat(events.get(5).get("details").asString()).contains("请细化");
		assertThat(events.get(8).get("details").asString()).contains("优");
		assertThat(events.get(0).get("actor").asString()).isEqualTo("徐晶");
		call("lead2", get("/api/v1/tables/" + id + "/audit"), null).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select client_address from audit_events where table_id = ? order by seq limit 1",
				String.class, id)).isNotBlank();
	}

	@Test
	void importedTablesAreAuditedAsImports() throws Exception {
		String seed;
		try (InputStream in = new ClassPathResource("imports/seeds/001_94d8ff0978c54476.txt").getInputStream()) {
			seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String table = seed.substring(seed.indexOf("# 项目支出绩效目标表"), seed.indexOf("## 项目支出绩效目标表"));
		long before = count("IMPORT");
		JsonNode result = read(mvc.perform(post("/api/v1/import?dryRun=false").with(httpBasic("lead1", "demo12345"))
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).content(table))
			.andExpect(status().isOk()));
		long id = result.get("tables").get(0).get("id").asLong();

		assertThat(count("IMPORT")).isEqualTo(before + 1);
		assertThat(actions(id)).containsExactly("CREATE", "IMPORT");
	}

	@Test
	void rejectionAndHandOverAreAudited() throws Exception {
		long id = draft();
		call("lead1", post("/api/v1/tables/" + id + "/submit"), null);
		call("deptrev1", post("/api/v1/tables/" + id + "/review"), "{\"decision\":\"APPROVE\"}");
		long finance2 = ((io.jixiao.organizations.Account) accounts.loadUserByUsername("finance2")).id();
		mvc.perform(post("/tables/" + id + "/handover").param("to", String.valueOf(finance2))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(accounts.loadUserByUsername("finance1"))))
			.andExpect(status().is3xxRedirection());
		call("finance2", post("/api/v1/tables/" + id + "/review"), "{\"grade\":\"差\",\"comment\":\"不符合政策\"}")
			.andExpect(status().isOk());

		assertThat(actions(id)).endsWith("HANDOVER", "REJECT");
	}

	@Test
	void administrationAndSignInsAreAudited() throws Exception {
		signInAs("admin");
		long before = count("ORG_CREATE") + count("USER_CREATE") + count("USER_UPDATE") + count("ORG_UPDATE");
		long department = directory.findByName("库尔勒经济技术开发区管理委员会").orElseThrow().getId();
		var unit = admin.createOrganization("审计测试单位", OrganizationKind.UNIT, department, false);
		admin.changeOrganization(unit.getId(), unit.getVersion(), "审计测试单位（改名）", department, false);
		long user = admin.createUser("audited", "审计测试用户", "secret-password", Role.LEAD, unit.getId());
		admin.changeUser(user, admin.user(user).version(), "审计测试用户二", Role.LEAD, unit.getId(), true, "another-pass",
				null);
		SecurityContextHolder.clearContext();
		assertThat(count("ORG_CREATE") + count("USER_CREATE") + count("USER_UPDATE") + count("ORG_UPDATE"))
			.isEqualTo(before + 4);
		String details = jdbc.queryForObject(
				"select details from audit_events where action = 'USER_UPDATE' order by seq desc limit 1", String.class);
		assertThat(details).contains("审计测试用户二").contains("passwordChanged").doesNotContain("another-pass");
		assertThat(jdbc.queryForObject("select actor_name from audit_events where action = 'USER_CREATE' order by seq desc limit 1",
				String.class)).isEqualTo("系统管理员");

		long logins = count("LOGIN");
		long failures = count("LOGIN_FAILED");
		mvc.perform(formLogin("/login").user("lead1").password("demo12345"));
		mvc.perform(formLogin("/login").user("lead1").password("wrong-password"));
		mvc.perform(get("/api/v1/me").with(httpBasic("nobody", "x")));
		assertThat(count("LOGIN")).isEqualTo(logins + 1);
		assertThat(count("LOGIN_FAILED")).isEqualTo(failures + 2);
	}

	@Test
	void changedOrDeletedRowsAreFoundByVerify() throws Exception {
		draft();
		call("admin", get("/api/v1/audit/verify"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true)).andExpect(jsonPath("$.firstBrokenId").isEmpty());
		call("lead1", get("/api/v1/audit/verify"), null).andExpect(status().isForbidden());

		Map<String, Object> victim = jdbc.queryForMap(
				"select * from audit_events where seq = (select max(seq) - 1 from audit_events)");
		long victimId = ((Number) victim.get("ID")).longValue();
		synchronized (AuditTrailTest.class) {
			jdbc.update("update audit_events set details = ? where id = ?", "{\"forged\":true}", victimId);
			JsonNode changed = read(call("admin", get("/api/v1/audit/verify"), null));
			jdbc.update("update audit_events set details = ? where id = ?", victim.get("DETAILS"), victimId);
			assertThat(changed.get("valid").asBoolean()).isFalse();
			assertThat(changed.get("firstBrokenId").asLong()).isEqualTo(victimId);

			jdbc.update("delete from audit_events where id = ?", victimId);
			JsonNode deleted = read(call("admin", get("/api/v1/audit/verify"), null));
			jdbc.update("insert into audit_events (id, seq, created_at, actor_id, actor_name, organization_id, action, "
					+ "table_id, details, client_address, prev_hash, hash) values (?,?,?,?,?,?,?,?,?,?,?,?)",
					victimId, victim.get("SEQ"), victim.get("CREATED_AT"), victim.get("ACTOR_ID"),
					victim.get("ACTOR_NAME"), victim.get("ORGANIZATION_ID"), victim.get("ACTION"),
					victim.get("TABLE_ID"), victim.get("DETAILS"), victim.get("CLIENT_ADDRESS"),
					victim.get("PREV_HASH"), victim.get("HASH"));
			assertThat(deleted.get("valid").asBoolean()).isFalse();
			assertThat(deleted.get("firstBrokenId").asLong()).isGreaterThan(victimId);
		}
		assertThat(trail.verify().valid()).isTrue();
	}

	@Test
	void eventsAppendedFromTwoNodesSideBySideOrRolledBackFormOneUnbrokenChain() throws Exception {
		// a second node: its own remembered head, the same database
		AuditTrail otherNode = new AuditTrail(events, entityManager, jdbc, json, clock);
		TransactionTemplate transactions = new TransactionTemplate(transactionManager);
		AuditEntry entry = new AuditEntry(null, "chain-test", null, AuditAction.GENERATE, null, Map.of("n", 1));
		long before = count("GENERATE");
		for (int i = 0; i < 3; i++) {
			transactions.executeWithoutResult(status -> trail.record(entry));
			transactions.executeWithoutResult(status -> otherNode.record(entry));
		}
		transactions.executeWithoutResult(status -> {
			trail.record(entry);
			status.setRollbackOnly();
		});
		transactions.executeWithoutResult(status -> {
			trail.record(entry);
			trail.record(entry);
		});
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> appends = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				AuditTrail node = i % 3 == 0 ? otherNode : trail;
				appends.add(pool.submit(() -> transactions.executeWithoutResult(status -> node.record(entry))));
			}
			for (Future<?> append : appends) {
				append.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(count("GENERATE") - before).isEqualTo(6 + 2 + 24);
		assertThat(trail.verify().valid()).isTrue();
	}

	private long count(String action) {
		return jdbc.queryForObject("select count(*) from audit_events where action = ?", Long.class, action);
	}

	private void signInAs(String username) {
		UserDetails user = accounts.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}
}
