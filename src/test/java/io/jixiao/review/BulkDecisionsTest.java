package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.OrganizationAdmin;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.OrganizationKind;
import io.jixiao.organizations.Role;
import io.jixiao.publication.PublishedFixtures;
import io.jixiao.targets.Disclosure;
import io.jixiao.targets.TableService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decisions at volume: a department reviewer approves several tables at once (each on its own, the undecidable ones
 * refused and left as they were), finance publishes only the checked tables of a department's year, and the public
 * search finds a table of any year.
 */
@ProductTest
class BulkDecisionsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	OrganizationAdmin admin;

	@Autowired
	OrganizationDirectory directory;

	@Autowired
	TableService tables;

	@Autowired
	ReviewCommands review;

	@Autowired
	UserDetailsService accounts;

	ReviewCalls calls;

	PublishedFixtures fixtures;

	String token;

	@BeforeEach
	void calls() {
		calls = new ReviewCalls(mvc, json);
		fixtures = new PublishedFixtures(admin, directory, tables, review, accounts, json);
		token = "批量样本" + System.nanoTime();
	}

	/** A draft of the lead: the seed table under another name and year. */
	private long draft(Account lead, int year, String name) throws Exception {
		ObjectNode body = calls.baojie();
		body.put("projectName", name);
		body.put("year", year);
		body.put("implementingUnit", directory.get(lead.organizationId()).getName());
		return calls.read(calls.postAs(lead.getUsername(), "/api/v1/tables", json.writeValueAsString(body))).get("id")
			.asLong();
	}

	/** A table of the lead, submitted. */
	private long submitted(Account lead, int year, String name) throws Exception {
		long id = draft(lead, year, name);
		calls.postAs(lead.getUsername(), "/api/v1/tables/" + id + "/submit", null).andExpect(status().isOk());
		return id;
	}

	/** A department that reviews its units' tables, with one unit (and its lead) and one department reviewer. */
	private Account otherDepartmentLead() {
		long department = admin.createOrganization(token + "部门", OrganizationKind.DEPARTMENT, null, true).getId();
		admin.createUser("rev" + System.nanoTime(), "其他部门审核人", "demo12345", Role.DEPT_REVIEWER, department);
		return fixtures.lead(token + "单位", department);
	}

	@Test
	void bulkApprovalDecidesEachTableOnItsOwnAndRefusesAnotherDepartmentsTable() throws Exception {
		Account lead1 = fixtures.account("lead1");
		long first = submitted(lead1, 2026, token + "一");
		long second = submitted(lead1, 2026, token + "二");
		long passed = submitted(lead1, 2026, token + "三");
		calls.review("deptrev1", passed, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		long foreign = submitted(otherDepartmentLead(), 2026, token + "外");

		JsonNode outcome = calls.read(calls.postAs("deptrev1", "/api/v1/tables/bulk-review",
				"{\"tableIds\":[" + first + "," + foreign + "," + second + "," + passed + "],\"decision\":\"APPROVE\","
						+ "\"comment\":\"同意\"}")
			.andExpect(status().isOk()));

		assertThat(outcome.get("done").toString()).isEqualTo("[" + first + "," + second + "]");
		JsonNode refused = outcome.get("refused");
		assertThat(refused).hasSize(2);
		assertThat(refused.get(0).get("tableId").asLong()).isEqualTo(foreign);
		assertThat(refused.get(0).get("error").asString()).isEqualTo("forbidden");
		assertThat(refused.get(1).get("tableId").asLong()).isEqualTo(passed);
		assertThat(refused.get(1).get("message").asString()).isNotBlank();
		assertThat(calls.statusOf(first)).isEqualTo("FINANCE_REVIEW");
		assertThat(calls.statusOf(second)).isEqualTo("FINANCE_REVIEW");
		// the other department's table is still at its own department's review
		assertThat(tables.head(fixtures.account("admin"), foreign).getStatus().name()).isEqualTo("DEPT_REVIEW");
		// each approval is its own step in the table's trail
		JsonNode trail = calls.read(calls.getAs("lead1", "/api/v1/tables/" + first + "/audit"));
		assertThat(trail.toString()).contains("APPROVE");
	}

	/** The table's version (lock counter) as deptrev1's task list shows it. */
	private long listedVersion(long table) throws Exception {
		for (JsonNode task : calls.read(calls.getAs("deptrev1", "/api/v1/tasks"))) {
			if (task.get("tableId").asLong() == table) {
				return task.get("tableVersion").asLong();
			}
		}
		throw new AssertionError("table " + table + " not in deptrev1's tasks");
	}

	/** The lead takes the table back, changes its goal and submits it again: the same task stage, other content. */
	private void withdrawEditResubmit(long table) throws Exception {
		calls.postAs("lead1", "/api/v1/tables/" + table + "/withdraw", null).andExpect(status().isOk());
		ObjectNode body = (ObjectNode) calls.read(calls.getAs("lead1", "/api/v1/tables/" + table));
		body.put("overallGoal", "列出后改过的目标");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/tables/" + table)
			.with(user(accounts.loadUserByUsername("lead1"))).with(csrf())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isOk());
		calls.postAs("lead1", "/api/v1/tables/" + table + "/submit", null).andExpect(status().isOk());
	}

	@Test
	void bulkApprovalRefusesATableChangedSinceListedAndApprovesTheOthers() throws Exception {
		Account lead1 = fixtures.account("lead1");
		long kept = submitted(lead1, 2026, token + "未改");
		long changed = submitted(lead1, 2026, token + "已改");
		long keptVersion = listedVersion(kept);
		long changedVersion = listedVersion(changed);

		withdrawEditResubmit(changed);
		// back at deptrev1's department review, so only the listed version tells the change
		assertThat(calls.statusOf(changed)).isEqualTo("DEPT_REVIEW");

		JsonNode outcome = calls.read(calls.postAs("deptrev1", "/api/v1/tables/bulk-review",
				"{\"tableIds\":[" + kept + "," + changed + "],\"decision\":\"APPROVE\",\"versions\":{\"" + kept
						+ "\":" + keptVersion + ",\"" + changed + "\":" + changedVersion + "}}")
			.andExpect(status().isOk()));

		assertThat(outcome.get("done").toString()).isEqualTo("[" + kept + "]");
		JsonNode refused = outcome.get("refused").get(0);
		assertThat(refused.get("tableId").asLong()).isEqualTo(changed);
		assertThat(refused.get("error").asString()).isEqualTo("conflict");
		assertThat(refused.get("message").asString()).contains(token + "已改", "列出后已有改动");
		assertThat(calls.statusOf(kept)).isEqualTo("FINANCE_REVIEW");
		assertThat(calls.statusOf(changed)).isEqualTo("DEPT_REVIEW");
		// without versions (the field is optional) the API decides as before
		calls.postAs("deptrev1", "/api/v1/tables/bulk-review",
				"{\"tableIds\":[" + changed + "],\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		assertThat(calls.statusOf(changed)).isEqualTo("FINANCE_REVIEW");
	}

	@Test
	void bulkApprovalOnTheTaskPageRefusesATableChangedSinceThePageShowedIt() throws Exception {
		long kept = submitted(fixtures.account("lead1"), 2026, token + "页面未改");
		long changed = submitted(fixtures.account("lead1"), 2026, token + "页面已改");
		String page = mvc.perform(get("/tasks").param("q", token).with(user(accounts.loadUserByUsername("deptrev1"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String keptField = kept + ":" + listedVersion(kept);
		String changedField = changed + ":" + listedVersion(changed);
		assertThat(page).contains("name=\"versions\"", "value=\"" + keptField + "\"", "value=\"" + changedField + "\"");

		withdrawEditResubmit(changed);
		mvc.perform(post("/tasks/bulk-review").with(user(accounts.loadUserByUsername("deptrev1"))).with(csrf())
			.param("tableIds", String.valueOf(kept), String.valueOf(changed))
			.param("versions", keptField, changedField))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashText", "已批量同意 1 张表。"))
			.andExpect(flash().attribute("flashError", org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.startsWith("1 张表未办理："),
					org.hamcrest.Matchers.containsString(token + "页面已改"))));
		assertThat(calls.statusOf(kept)).isEqualTo("FINANCE_REVIEW");
		assertThat(calls.statusOf(changed)).isEqualTo("DEPT_REVIEW");
	}

	@Test
	void bulkApprovalIsForDepartmentReviewersAndOnlyApproves() throws Exception {
		long table = submitted(fixtures.account("lead1"), 2026, token);
		calls.postAs("finance1", "/api/v1/tables/bulk-review", "{\"tableIds\":[" + table + "],\"decision\":\"APPROVE\"}")
			.andExpect(status().isForbidden());
		calls.postAs("deptrev1", "/api/v1/tables/bulk-review", "{\"tableIds\":[" + table + "],\"decision\":\"RETURN\"}")
			.andExpect(status().isUnprocessableContent());
		calls.postAs("deptrev1", "/api/v1/tables/bulk-review", "{\"tableIds\":[],\"decision\":\"APPROVE\"}")
			.andExpect(status().isUnprocessableContent());
		assertThat(calls.statusOf(table)).isEqualTo("DEPT_REVIEW");
	}

	@Test
	void bulkApprovalOnTheTaskPageApprovesTheCheckedTablesAndNamesTheRefusedOnes() throws Exception {
		long checked = submitted(fixtures.account("lead1"), 2026, token + "勾选");
		long unchecked = submitted(fixtures.account("lead1"), 2026, token + "未勾选");
		long foreign = submitted(otherDepartmentLead(), 2026, token + "外");

		mvc.perform(post("/tasks/bulk-review").with(user(accounts.loadUserByUsername("deptrev1"))).with(csrf())
			.param("tableIds", String.valueOf(checked), String.valueOf(foreign)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashText", "已批量同意 1 张表。"))
			.andExpect(flash().attribute("flashError", org.hamcrest.Matchers.startsWith("1 张表未办理：")));
		assertThat(calls.statusOf(checked)).isEqualTo("FINANCE_REVIEW");
		assertThat(calls.statusOf(unchecked)).isEqualTo("DEPT_REVIEW");
	}

	@Test
	void batchPublicationListsTheAwaitingTablesUncheckedOpensOnTheirYearAndPublishesOnlyTheCheckedOnes()
			throws Exception {
		Account lead = otherDepartmentLead();
		long department = directory.get(lead.organizationId()).getParent().getId();
		long[] approved = new long[3];
		for (int i = 0; i < approved.length; i++) {
			approved[i] = submitted(lead, 2023, token + "公开" + i);
			calls.review(reviewerOf(department), approved[i], "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
			calls.review("finance1", approved[i], "{\"grade\":\"优\"}").andExpect(status().isOk());
		}

		// no year asked: the latest year with tables awaiting the decision, not the current one
		String page = mvc.perform(get("/publication").param("department", String.valueOf(department))
			.with(user(accounts.loadUserByUsername("finance1")))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("value=\"2023\"", "已批复待决定：3 张", token + "公开0", "name=\"tableIds\"")
			.doesNotContain("checked");

		mvc.perform(post("/publication").with(user(accounts.loadUserByUsername("finance1"))).with(csrf())
			.param("department", String.valueOf(department)).param("year", "2023").param("disclosure", "PUBLIC")
			.param("tableIds", String.valueOf(approved[0]), String.valueOf(approved[2])))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashText", "已对 2 张绩效目标表作出公开决定。"));
		assertThat(calls.read(calls.getAs("finance1", "/api/v1/tables/" + approved[0])).get("status").asString())
			.isEqualTo("PUBLISHED");
		assertThat(calls.read(calls.getAs("finance1", "/api/v1/tables/" + approved[1])).get("status").asString())
			.isEqualTo("APPROVED");
		assertThat(calls.read(calls.getAs("finance1", "/api/v1/tables/" + approved[2])).get("status").asString())
			.isEqualTo("PUBLISHED");

		// nothing checked: nothing published, and the page says why
		mvc.perform(post("/publication").with(user(accounts.loadUserByUsername("finance1"))).with(csrf())
			.param("department", String.valueOf(department)).param("year", "2023").param("disclosure", "PUBLIC"))
			.andExpect(flash().attribute("flashError", "请勾选要作出公开决定的表。"));
		assertThat(calls.read(calls.getAs("finance1", "/api/v1/tables/" + approved[1])).get("status").asString())
			.isEqualTo("APPROVED");
	}

	private String reviewerOf(long department) {
		return admin.allUsers().stream().filter(u -> u.role() == Role.DEPT_REVIEWER)
			.filter(u -> u.organizationId() == department).findFirst().orElseThrow().username();
	}

	@Test
	void publicSearchFromThe2025PageFindsA2020TableAndSaysWhichYearsItSearched() throws Exception {
		PublishedFixtures.Published seed = fixtures.seed004();
		String name = seed.tableIds().keySet().iterator().next();
		long id = seed.tableIds().get(name);
		Account lead = fixtures.account("lead1");
		long recent = draft(lead, 2025, name + token);
		fixtures.publish(lead, recent, Disclosure.PUBLIC);

		String page = mvc.perform(get("/public").param("year", "2025").param("q", name)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("href=\"/public/tables/" + id + "\"", "href=\"/public/tables/" + recent + "\"",
				"2020年", "2025年", "已查找全部年度：");
		// the newest year first
		assertThat(page.indexOf("/public/tables/" + recent)).isLessThan(page.indexOf("/public/tables/" + id + "\""));
		// the public JSON keeps its year filter
		assertThat(mvc.perform(get("/public/api/v1/tables").param("year", "2025")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("\"id\":" + id + ",");
	}
}
