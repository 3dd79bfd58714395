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
}
