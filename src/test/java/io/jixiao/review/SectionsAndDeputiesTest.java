package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import io.jixiao.organizations.OrganizationAdmin;
import io.jixiao.organizations.OrganizationKind;
import io.jixiao.organizations.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finance sections (归口科室) route a department's tables to the section managing it, and deputies (委托) act for an
 * absent reviewer during their range only. Each test builds its own department, unit and people, so the demo's
 * finance reviewers (whole bureau) and the other tests sharing the context are untouched.
 */
@ProductTest
class SectionsAndDeputiesTest {

	private static final AtomicInteger RUN = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	OrganizationAdmin admin;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService accounts;

	ReviewCalls calls() {
		return new ReviewCalls(mvc, json);
	}

	ResultActions as(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
		return mvc.perform(request.with(httpBasic(user, "demo12345")).contentType(MediaType.APPLICATION_JSON)
			.content(body == null ? "" : body));
	}

	/** A department (reviewed by finance directly) with a unit and its lead; returns {department, unit}. */
	record Place(long department, long unit, String lead) {
	}

	Place place(String name) {
		long department = admin.createOrganization(name + "部门", OrganizationKind.DEPARTMENT, null, false).getId();
		long unit = admin.createOrganization(name + "单位", OrganizationKind.UNIT, department, false).getId();
		String lead = name + ".lead";
		admin.createUser(lead, name + "负责人", "demo12345", Role.LEAD, unit);
		return new Place(department, unit, lead);
	}

	String financeUser(String name) {
		long bureau = jdbc.queryForObject("select id from organizations where kind = 'FINANCE'", Long.class);
		admin.createUser(name, name + "审核", "demo12345", Role.FINANCE_REVIEWER, bureau);
		return name;
	}

	long userId(String username) {
		return jdbc.queryForObject("select id from users where username = ?", Long.class, username);
	}

	long submitted(String lead) throws Exception {
		ObjectNode body = calls().baojie();
		long id = calls().read(as(lead, post("/api/v1/tables"), json.writeValueAsString(body))
			.andExpect(status().isCreated())).get("id").asLong();
		as(lead, post("/api/v1/tables/" + id + "/submit"), null).andExpect(status().isOk());
		return id;
	}

	List<Long> taskTables(String user) throws Exception {
		return taskTables(user, "");
	}

	/** The tables of the user's open tasks, the list filtered by the query ({@code stage=...&}) or not. */
	List<Long> taskTables(String user, String filter) throws Exception {
		List<Long> ids = new ArrayList<>();
		for (JsonNode task : calls().read(as(user, get("/api/v1/tasks?" + filter + "size=100"), null)
			.andExpect(status().isOk()))) {
			ids.add(task.get("tableId").asLong());
		}
		return ids;
	}

	long section(String name, long... departments) throws Exception {
		StringBuilder ids = new StringBuilder();
		for (long d : departments) {
			ids.append(ids.isEmpty() ? "" : ",").append(d);
		}
		return calls().read(as("admin", post("/api/v1/admin/sections"),
				"{\"name\":\"" + name + "\",\"departmentIds\":[" + ids + "]}").andExpect(status().isCreated()))
			.get("id").asLong();
	}

	void join(long section, String... users) {
		for (String user : users) {
			jdbc.update("update users set section_id = ? where username = ?", section, user);
		}
	}

	static final String APPROVE = "{\"decision\":\"APPROVE\",\"grade\":\"优\",\"comment\":\"同意\"}";

	@Test
	void aTableOfADepartmentManagedBySectionAIsOnlyInSectionAsTasks() throws Exception {
		String run = "sec" + RUN.incrementAndGet();
		Place managed = place(run + "a");
		Place unmanaged = place(run + "n");
		String inA = financeUser(run + ".fa");
		String inB = financeUser(run + ".fb");
		long a = section(run + "科A", managed.department());
		long b = section(run + "科B");
		join(a, inA);
		join(b, inB);

		JsonNode me = calls().read(as(inA, get("/api/v1/me"), null).andExpect(status().isOk()));
		assertThat(me.get("section").get("id").asLong()).isEqualTo(a);
		assertThat(me.get("section").get("name").asString()).isEqualTo(run + "科A");

		long table = submitted(managed.lead());
		long open = submitted(unmanaged.lead());
		assertThat(taskTables(inA)).contains(table, open);
		assertThat(taskTables(inB)).contains(open).doesNotContain(table);
		assertThat(taskTables("finance1")).contains(open).doesNotContain(table);

		calls().review(inB, table, APPROVE).andExpect(status().isForbidden());
		calls().review("finance1", table, APPROVE).andExpect(status().isForbidden());
		calls().review(inA, table, APPROVE).andExpect(status().isOk());
		// a department no section manages is reviewed by the whole bureau, as without sections
		calls().review(inB, open, APPROVE).andExpect(status().isOk());
	}

	List<Long> tableIds(JsonNode items, String field) {
		List<Long> ids = new ArrayList<>();
		items.forEach(item -> ids.add(item.get(field).asLong()));
		return ids;
	}

	@Test
	void theSectionFilterKeepsTheTablesAndTasksOfTheDepartmentsTheSectionManages() throws Exception {
		String run = "flt" + RUN.incrementAndGet();
		Place managed = place(run + "a");
		Place unmanaged = place(run + "n");
		String inA = financeUser(run + ".fa");
		long a = section(run + "科A", managed.department());
		join(a, inA);
		long table = submitted(managed.lead());
		long open = submitted(unmanaged.lead());
		assertThat(taskTables(inA)).contains(table, open);

		JsonNode listed = calls().read(as("finance1", get("/api/v1/tables?section=" + a + "&size=200"), null)
			.andExpect(status().isOk()));
		assertThat(tableIds(listed.get("items"), "id")).contains(table).doesNotContain(open);
		JsonNode tasks = calls().read(as(inA, get("/api/v1/tasks?section=" + a), null).andExpect(status().isOk()));
		assertThat(tableIds(tasks, "tableId")).containsExactly(table);
		JsonNode pending = calls().read(as("admin", get("/api/v1/admin/pending?section=" + a), null)
			.andExpect(status().isOk()));
		assertThat(tableIds(pending, "tableId")).containsExactly(table);
		as("admin", get("/api/v1/admin/pending?section=abc"), null).andExpect(status().isUnprocessableContent());

		// the board offers the sections managing a department, the chosen one selected
		String board = mvc.perform(get("/admin/pending").param("section", String.valueOf(a))
			.with(user(accounts.loadUserByUsername("admin")))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(board).contains("name=\"section\"", "<option value=\"" + a + "\" selected=\"selected\">" + run
				+ "科A</option>", "/tables/" + table).doesNotContain("/tables/" + open + "\"");
	}

	@Test
	void anAdjustmentOfAManagedDepartmentsTableGoesToTheSameSection() throws Exception {
		String run = "sec" + RUN.incrementAndGet();
		Place managed = place(run + "j");
		String inA = financeUser(run + ".fa");
		join(section(run + "科A", managed.department()), inA);
		long table = submitted(managed.lead());
		calls().review(inA, table, APPROVE).andExpect(status().isOk());

		as(managed.lead(), post("/api/v1/tables/" + table + "/adjustments"), "{\"reason\":\"项目内容调整\"}")
			.andExpect(status().isCreated());
		as(managed.lead(), post("/api/v1/tables/" + table + "/submit"), null).andExpect(status().isOk());
		assertThat(taskTables(inA)).contains(table);
		assertThat(taskTables("finance1")).doesNotContain(table);
		calls().review("finance1", table, APPROVE).andExpect(status().isForbidden());
		calls().review(inA, table, APPROVE).andExpect(status().isOk());
	}

	@Test
	void sectionsAreKeptByTheAdministratorAndRefusedInChineseWhenWrong() throws Exception {
		String run = "adm" + RUN.incrementAndGet();
		Place first = place(run + "x");
		Place second = place(run + "y");
		long id = section(run + "科", first.department());
		JsonNode changed = calls().read(as("admin", put("/api/v1/admin/sections/" + id),
				"{\"name\":\"" + run + "科室\",\"departmentIds\":[" + second.department() + "]}")
			.andExpect(status().isOk()));
		assertThat(changed.get("departmentIds").get(0).asLong()).isEqualTo(second.department());
		assertThat(changed.get("name").asString()).isEqualTo(run + "科室");

		JsonNode refused = calls().read(as("admin", post("/api/v1/admin/sections"),
				"{\"name\":\"" + run + "科室\",\"departmentIds\":[]}").andExpect(status().isUnprocessableContent()));
		assertThat(refused.toString()).contains("已有名为");
		as("admin", post("/api/v1/admin/sections"), "{\"name\":\"" + run + "单位科\",\"departmentIds\":[" + first.unit()
				+ "]}").andExpect(status().isUnprocessableContent());
		as("finance1", get("/api/v1/admin/sections"), null).andExpect(status().isForbidden());

		as("admin", delete("/api/v1/admin/sections/" + id), null).andExpect(status().isNoContent());
		assertThat(jdbc.queryForObject("select count(*) from organizations where section_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void theSectionsPageListsEachSectionsDepartmentsAndReviewersAndRefusesANamelessOne() throws Exception {
		String run = "pg" + RUN.incrementAndGet();
		Place place = place(run + "p");
		String member = financeUser(run + ".fp");
		long id = section(run + "科", place.department());
		join(id, member);
		var admin = user(accounts.loadUserByUsername("admin"));
		String list = mvc.perform(get("/admin/sections").with(admin)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(run + "科").contains(run + "p部门").contains(run + ".fp审核");
		String refused = mvc.perform(post("/admin/sections/new").with(admin).with(csrf()).param("name", " ")
			.param("departmentIds", String.valueOf(place.department()))).andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("请填写科室名称。").containsPattern("value=\"" + place.department() + "\"[^>]*checked");
	}

	@Test
	void aDeputyDecidesTheAbsentReviewersTasksWithinTheRangeAndNotOutsideIt() throws Exception {
		String run = "dep" + RUN.incrementAndGet();
		Place place = place(run + "d");
		String absent = financeUser(run + ".away");
		String deputy = financeUser(run + ".dep");
		long a = section(run + "科A", place.department());
		long b = section(run + "科B");
		join(a, absent);
		join(b, deputy);
		long first = submitted(place.lead());
		long second = submitted(place.lead());
		assertThat(taskTables(deputy)).doesNotContain(first);
		calls().review(deputy, first, APPROVE).andExpect(status().isForbidden());

		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		// a range that has not begun yet gives nothing
		long later = calls().read(as(absent, post("/api/v1/me/deputies"), "{\"deputy\":\"" + deputy + "\",\"from\":\""
				+ today.plusDays(3) + "\",\"to\":\"" + today.plusDays(5) + "\"}").andExpect(status().isCreated()))
			.get("id").asLong();
		assertThat(taskTables(deputy)).doesNotContain(first);
		calls().review(deputy, first, APPROVE).andExpect(status().isForbidden());

		as(absent, post("/api/v1/me/deputies"), "{\"deputy\":\"" + deputy + "\",\"from\":\"" + today.minusDays(1)
				+ "\",\"to\":\"" + today.plusDays(1) + "\"}").andExpect(status().isCreated());
		JsonNode named = calls().read(as(absent, get("/api/v1/me/deputies"), null).andExpect(status().isOk()));
		assertThat(named).hasSize(2);
		// listed by their first day: the range running now, then the later one
		assertThat(named.get(0).get("deputy").asString()).isEqualTo(deputy);
		assertThat(named.get(0).get("to").asString()).isEqualTo(today.plusDays(1).toString());
		assertThat(taskTables(deputy)).contains(first, second);
		// filtered too: the search reads the tasks of whom the deputy stands in for as well
		assertThat(taskTables(deputy, "stage=FINANCE_REVIEW&")).contains(first, second);
		calls().review(deputy, first, APPROVE).andExpect(status().isOk());
		// the decision is the deputy's own, and says for whom
		assertThat(jdbc.queryForObject("select actor_name from review_events where table_id = ? and action = 'APPROVE'",
				String.class, first)).isEqualTo(deputy + "审核（代理" + absent + "审核）");
		assertThat(jdbc.queryForObject("select actor_id from review_events where table_id = ? and action = 'APPROVE'",
				Long.class, first)).isEqualTo(userId(deputy));

		as(absent, delete("/api/v1/me/deputies/" + later), null).andExpect(status().isNoContent());
		jdbc.update("update deputies set to_date = ? where user_id = ?", java.sql.Date.valueOf(today.minusDays(1)),
				userId(absent));
		assertThat(taskTables(deputy)).doesNotContain(second);
		assertThat(taskTables(deputy, "stage=FINANCE_REVIEW&")).doesNotContain(second);
		calls().review(deputy, second, APPROVE).andExpect(status().isForbidden());
	}

	@Test
	void aDeputyMustBeAColleagueOfTheSameRoleForAGoodRange() throws Exception {
		String run = "bad" + RUN.incrementAndGet();
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
		JsonNode otherRole = calls().read(as("finance1", post("/api/v1/me/deputies"),
				"{\"deputy\":\"deptrev1\",\"from\":\"" + today + "\",\"to\":\"" + tomorrow + "\"}")
			.andExpect(status().isUnprocessableContent()));
		assertThat(otherRole.toString()).contains("同一机构、同一角色");
		JsonNode backwards = calls().read(as("finance1", post("/api/v1/me/deputies"),
				"{\"deputy\":\"finance2\",\"from\":\"" + tomorrow + "\",\"to\":\"" + today + "\"}")
			.andExpect(status().isUnprocessableContent()));
		assertThat(backwards.toString()).contains("委托期间无效");
		as("finance1", post("/api/v1/me/deputies"), "{\"deputy\":\"finance2\",\"from\":\"2026-13-01\",\"to\":\""
				+ today + "\"}").andExpect(status().isUnprocessableContent());
		as("finance1", post("/api/v1/me/deputies"), "{\"deputy\":\"finance1\",\"from\":\"" + today + "\",\"to\":\""
				+ tomorrow + "\"}").andExpect(status().isUnprocessableContent());
		as("lead1", post("/api/v1/me/deputies"), "{\"deputy\":\"lead2\",\"from\":\"" + today + "\",\"to\":\""
				+ tomorrow + "\"}").andExpect(status().isUnprocessableContent());
		assertThat(run).isNotEmpty();
	}
}
