package io.jixiao.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import io.jixiao.organizations.OrganizationAdmin;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.OrganizationKind;
import io.jixiao.organizations.Role;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Who may do what to another unit's table, CSRF, escaping, sign-in throttling, headers and session lifetime. */
@ProductTest
class SecurityTest {

	private static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	OrganizationAdmin admin;

	@Autowired
	OrganizationDirectory directory;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	ObjectNode baojie() throws Exception {
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			return (ObjectNode) json.readTree(in);
		}
	}

	JsonNode create(ObjectNode body) throws Exception {
		return json.readTree(mvc.perform(post("/api/v1/tables").with(httpBasic("lead1", "demo12345"))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** A reviewer of another department, who must not reach lead1's unit. */
	void otherDepartment() {
		if (directory.findByName("另一主管部门").isEmpty()) {
			long department = admin.createOrganization("另一主管部门", OrganizationKind.DEPARTMENT, null, true).getId();
			admin.createUser("deptrev-other", "另一部门审核", "demo12345", Role.DEPT_REVIEWER, department);
		}
	}

	@Test
	void everyRoleGetsTheRightAnswerOnAnotherUnitsTable() throws Exception {
		otherDepartment();
		JsonNode table = create(baojie());
		long id = table.get("id").asLong();
		String tableJson = json.writeValueAsString(table);
		Map<String, Supplier<MockHttpServletRequestBuilder>> endpoints = new LinkedHashMap<>();
		endpoints.put("read", () -> get("/api/v1/tables/" + id));
		endpoints.put("checks", () -> get("/api/v1/tables/" + id + "/checks"));
		endpoints.put("versions", () -> get("/api/v1/tables/" + id + "/versions"));
		endpoints.put("audit", () -> get("/api/v1/tables/" + id + "/audit"));
		endpoints.put("update",
				() -> put("/api/v1/tables/" + id).contentType(MediaType.APPLICATION_JSON).content(tableJson));
		endpoints.put("submit", () -> post("/api/v1/tables/" + id + "/submit"));
		endpoints.put("withdraw", () -> post("/api/v1/tables/" + id + "/withdraw"));
		endpoints.put("review", () -> post("/api/v1/tables/" + id + "/review")
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}"));
		endpoints.put("publish", () -> post("/api/v1/tables/" + id + "/publish")
			.contentType(MediaType.APPLICATION_JSON).content("{\"disclosure\":\"PUBLIC\"}"));
		endpoints.put("page", () -> get("/tables/" + id));

		// expected status per user, in the order of the endpoints above (the table is lead1's draft)
		Map<String, List<Integer>> expected = new LinkedHashMap<>();
		expected.put("lead2", List.of(403, 403, 403, 403, 403, 403, 403, 403, 403, 403));
		expected.put("deptrev-other", List.of(403, 403, 403, 403, 403, 403, 403, 403, 403, 403));
		expected.put("deptrev1", List.of(200, 200, 200, 200, 403, 403, 403, 409, 403, 200));
		expected.put("finance1", List.of(200, 200, 200, 200, 403, 403, 403, 409, 409, 200));
		expected.put("admin", List.of(200, 200, 200, 200, 403, 403, 403, 409, 409, 200));
		for (var entry : expected.entrySet()) {
			int i = 0;
			for (var endpoint : endpoints.entrySet()) {
				MockHttpServletRequestBuilder request = endpoint.getValue().get();
				// the API signs in with HTTP Basic, the page with the browser session
				request = endpoint.getKey().equals("page") ? request.with(user(accounts.loadUserByUsername(entry.getKey())))
						: request.with(httpBasic(entry.getKey(), "demo12345"));
				int actual = mvc.perform(request).andReturn().getResponse().getStatus();
				assertThat(actual).as(entry.getKey() + " " + endpoint.getKey()).isEqualTo(entry.getValue().get(i++));
			}
		}
		for (var endpoint : endpoints.entrySet()) {
			if (!endpoint.getKey().equals("page")) {
				assertThat(mvc.perform(endpoint.getValue().get()).andReturn().getResponse().getStatus())
					.as("anonymous " + endpoint.getKey()).isEqualTo(401);
			}
		}
		mvc.perform(get("/api/v1/tables/" + id).with(httpBasic("lead1", "demo12345"))).andExpect(status().isOk());
	}

	@Test
	void formsNeedTheirCsrfToken() throws Exception {
		long id = create(baojie()).get("id").asLong();
		var lead1 = user(accounts.loadUserByUsername("lead1"));
		mvc.perform(post("/tables/" + id + "/submit").with(lead1)).andExpect(status().isForbidden());
		mvc.perform(post("/tables/" + id + "/copy").param("year", "2027").with(lead1)).andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(lead1)).andExpect(status().isForbidden());
		mvc.perform(post("/tables/" + id + "/submit").with(lead1).with(csrf())).andExpect(status().is3xxRedirection());
	}

	@Test
	void textFromUsersIsShownEscapedEverywhere() throws Exception {
		ObjectNode body = baojie();
		body.put("projectName", "项目" + XSS).put("overallGoal", "目标" + XSS).put("projectLead", XSS);
		((ObjectNode) body.get("indicators").get(0)).put("name", "指标" + XSS).put("justification", XSS)
			.put("value", XSS);
		long id = create(body).get("id").asLong();
		mvc.perform(post("/api/v1/tables/" + id + "/submit").with(httpBasic("lead1", "demo12345")));
		mvc.perform(post("/api/v1/tables/" + id + "/review").with(httpBasic("deptrev1", "demo12345"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("decision", "RETURN", "comment", XSS, "rowComments",
					List.of(Map.of("row", 0, "comment", XSS))))));

		for (String page : List.of("/tables/" + id, "/tables/" + id + "/edit", "/tables", "/tasks", "/tasks/done",
				"/notifications")) {
			String html = mvc.perform(get(page).with(user(accounts.loadUserByUsername("lead1")))).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).as(page).doesNotContain("<script>alert").doesNotContain("<img src=x");
		}
		String html = mvc.perform(get("/tables/" + id).with(user(accounts.loadUserByUsername("lead1")))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
	}

	@Test
	void repeatedFailedSignInsLockTheAccountForAWhile() throws Exception {
		if (jdbc.queryForObject("select count(*) from users where username = 'throttled'", Long.class) == 0) {
			long unit = directory.findByName("库尔勒经济技术开发区政务服务中心").orElseThrow().getId();
			admin.createUser("throttled", "限流测试", "demo12345", Role.LEAD, unit);
		}
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user("throttled").password("wrong-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user("throttled").password("demo12345")).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/api/v1/me").with(httpBasic("throttled", "demo12345"))).andExpect(status().isUnauthorized());
		mvc.perform(formLogin("/login").user("lead2").password("demo12345")).andExpect(redirectedUrl("/"));
	}

	@Test
	void pagesCarrySecurityHeadersAndSessionsExpireAfterThirtyMinutes() throws Exception {
		mvc.perform(get("/tables").with(user(accounts.loadUserByUsername("lead1"))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));

		mvc.perform(formLogin("/login").user("finance2").password("demo12345")).andExpect(redirectedUrl("/"));
		assertThat(jdbc.queryForList("select MAX_INACTIVE_INTERVAL from SPRING_SESSION where PRINCIPAL_NAME = 'finance2'",
				Integer.class)).isNotEmpty().allSatisfy(seconds -> assertThat(seconds).isEqualTo(30 * 60));
	}

	/** From the wapiti scan (docs/security.md): plugins, a foreign base URL and foreign form targets are refused too. */
	@Test
	void theContentSecurityPolicyAlsoClosesPluginsBaseUrlAndFormTargets() throws Exception {
		for (String page : List.of("/login", "/public")) {
			mvc.perform(get(page))
				.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
						org.hamcrest.Matchers.containsString("object-src 'none'"),
						org.hamcrest.Matchers.containsString("base-uri 'self'"),
						org.hamcrest.Matchers.containsString("form-action 'self'"),
						org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))));
		}
	}

	/**
	 * From the wapiti scan (docs/security.md): a request without a required parameter or in a format the endpoint
	 * does not read is the sender's mistake, answered 4xx in Chinese, not a 500 with a stack trace in the log.
	 */
	@Test
	void malformedRequestsAreClientErrorsNotServerErrors() throws Exception {
		var lead1 = user(accounts.loadUserByUsername("lead1"));
		String page = mvc.perform(get("/imports/tables.xlsx").with(lead1)).andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("请求有误").doesNotContain("Exception").doesNotContain("系统错误");

		mvc.perform(get("/api/v1/tables/1/diff").with(httpBasic("lead1", "demo12345")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error")
				.value("bad_request"));
		mvc.perform(post("/api/v1/tables").with(httpBasic("lead1", "demo12345")).contentType(MediaType.TEXT_XML)
			.content("<table/>"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.message")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
	}

	/** Found while reading the scan's answers: /actuator/info names the product's and Flowable's versions. */
	@Test
	void versionsAreShownToAdministratorsOnly() throws Exception {
		mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/info").with(httpBasic("lead1", "demo12345"))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/info").with(httpBasic("admin", "demo12345"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.flowable.version")
				.exists());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	/**
	 * Found while reading sqlmap's traffic (docs/security.md): a call to the API without credentials was kept for
	 * after a sign-in, which opened a session, a database row, for every anonymous call.
	 */
	@Test
	void anAnonymousApiCallOpensNoSession() throws Exception {
		long before = jdbc.queryForObject("select count(*) from SPRING_SESSION", Long.class);
		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/api/v1/tables")).andExpect(status().isUnauthorized())
				.andExpect(header().doesNotExist("Set-Cookie"));
		}
		assertThat(jdbc.queryForObject("select count(*) from SPRING_SESSION", Long.class)).isEqualTo(before);
	}

	/**
	 * A browser that once answered the API's Basic prompt sends those credentials by itself, also when another site
	 * makes it post to the API: such a request (Fetch Metadata says cross-site) needs the CSRF token like any form.
	 */
	@Test
	void anotherSiteCannotActThroughCredentialsTheBrowserRemembers() throws Exception {
		long id = create(baojie()).get("id").asLong();
		mvc.perform(post("/api/v1/tables/" + id + "/submit").with(httpBasic("lead1", "demo12345"))
			.header("Sec-Fetch-Site", "cross-site")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/tables/" + id + "/submit").with(httpBasic("lead1", "demo12345"))
			.header("Sec-Fetch-Site", "same-site")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/tables/" + id).with(httpBasic("lead1", "demo12345")))
			.andExpect(jsonPath("$.status").value("DRAFT"));
		// the product's own pages and every client that is not a browser (no Sec-Fetch-Site) are not affected
		mvc.perform(post("/api/v1/tables/" + id + "/submit").with(httpBasic("lead1", "demo12345"))
			.header("Sec-Fetch-Site", "same-origin")).andExpect(status().isOk());
	}

	/**
	 * From the wapiti scan (docs/security.md): a user name longer than the audit trail's column made the failed
	 * sign-in a 500, and the failure went unrecorded.
	 */
	@Test
	void anOverlongUserNameIsAnAuditedFailedSignInNotAServerError() throws Exception {
		String name = "alice/" + "../".repeat(40) + "Windows/System32/drivers/etc/services";
		mvc.perform(formLogin("/login").user(name).password("Letm3in_")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/api/v1/me").with(httpBasic(name, "Letm3in_"))).andExpect(status().isUnauthorized());
		assertThat(jdbc.queryForList("select actor_name from audit_events where action = 'LOGIN_FAILED' and actor_name = ?",
				String.class, name.substring(0, 60) + "…")).hasSize(2);
	}

	/** Passwords are kept as BCrypt hashes only (docs/security.md), never as given. */
	@Test
	void passwordsAreStoredAsBcryptHashes() {
		List<String> hashes = jdbc.queryForList("select password_hash from users", String.class);
		assertThat(hashes).isNotEmpty().allSatisfy(hash -> assertThat(hash).matches("\\$2[aby]?\\$\\d\\d\\$.{53}"))
			.noneMatch(hash -> hash.contains("demo12345"));
		assertThat(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().matches("demo12345",
				jdbc.queryForObject("select password_hash from users where username = 'lead1'", String.class))).isTrue();
	}
}
