package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.jixiao.ProductTest;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.OrganizationAdmin;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The review path over HTTP, driven by the real BPMN process on Flowable. */
@ProductTest
class ReviewFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	RuntimeService runtime;

	@Autowired
	OrganizationAdmin admin;

	@Autowired
	OrganizationDirectory directory;

	@Autowired
	UserDetailsService accounts;

	ReviewCalls api;

	@BeforeEach
	void calls() {
		api = new ReviewCalls(mvc, json);
	}

	List<Long> taskTableIds(String user) throws Exception {
		List<Long> ids = new ArrayList<>();
		api.read(api.getAs(user, "/api/v1/tasks").andExpect(status().isOk())).forEach(t -> ids.add(t.get("tableId").asLong()));
		return ids;
	}

	String stageOf(String user, long id) throws Exception {
		for (JsonNode task : api.read(api.getAs(user, "/api/v1/tasks"))) {
			if (task.get("tableId").asLong() == id) {
				return task.get("stage").asString();
			}
		}
		return null;
	}

	/** lead1 → deptrev1 → finance1 returns → lead1 edits and resubmits → deptrev1 → finance1 良 → publication. */
	@Test
	void tableTravelsTheWholePathWithAReturnAndAResubmission() throws Exception {
		long id = api.draft();

		api.submit(id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DEPT_REVIEW"));
		assertThat(stageOf("deptrev1", id)).isEqualTo("DEPT_REVIEW");
		assertThat(taskTableIds("finance1")).doesNotContain(id);
		api.getAs("lead1", "/api/v1/tables/" + id + "/versions").andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].number").value(1)).andExpect(jsonPath("$[0].submittedBy").value("徐晶"));

		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FINANCE_REVIEW"));
		assertThat(taskTableIds("deptrev1")).doesNotContain(id);
		assertThat(stageOf("finance1", id)).isEqualTo("FINANCE_REVIEW");
		assertThat(stageOf("finance2", id)).isEqualTo("FINANCE_REVIEW");

		api.review("finance1", id, "{\"grade\":\"中\",\"comment\":\"成本指标请细化\",\"rowComments\":[{\"row\":5,\"comment\":\"请按单价列示\"}]}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
		assertThat(taskTableIds("finance1")).doesNotContain(id);
		assertThat(stageOf("lead1", id)).isEqualTo("REVISE");

		JsonNode table = api.read(api.getAs("lead1", "/api/v1/tables/" + id));
		ObjectNode edited = (ObjectNode) table.deepCopy();
		((ObjectNode) edited.get("indicators").get(5)).put("value", "<=1.20 万元");
		ObjectNode added = (ObjectNode) edited.get("indicators").get(0).deepCopy();
		added.put("name", "购置保洁工具批次").put("weight", 5);
		((ObjectNode) edited.get("indicators").get(0)).put("weight", 5);
		((ArrayNode) edited.get("indicators")).insert(1, added);
		mvc.perform(put("/api/v1/tables/" + id).with(httpBasic("lead1", "demo12345"))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(edited)))
			.andExpect(status().isOk());

		api.submit(id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DEPT_REVIEW"));
		api.getAs("lead1", "/api/v1/tables/" + id + "/versions").andExpect(jsonPath("$.length()").value(2));
		JsonNode diff = api.read(api.getAs("deptrev1", "/api/v1/tables/" + id + "/diff?from=1&to=2").andExpect(status().isOk()));
		assertThat(diff.get("added").findValuesAsString("name")).containsExactly("购置保洁工具批次");
		assertThat(diff.get("removed")).isEmpty();
		assertThat(diff.get("changed").findValuesAsString("name")).containsExactlyInAnyOrder("购置低值易耗品次数",
				"每次采购成本控制数");
		assertThat(diff.get("changed").findValues("fields").toString()).contains("<=1.20 万元").contains("<=1.50 万元");

		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}").andExpect(jsonPath("$.status").value("FINANCE_REVIEW"));
		api.review("finance1", id, "{\"grade\":\"良\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("必须填写意见")));
		api.review("finance1", id, "{\"decision\":\"APPROVE\",\"grade\":\"良\",\"comment\":\"满意度指标可再细化\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
		assertThat(stageOf("finance1", id)).isEqualTo("PUBLICATION");

		ObjectNode changeAfterApproval = (ObjectNode) api.read(api.getAs("lead1", "/api/v1/tables/" + id)).deepCopy();
		changeAfterApproval.put("projectName", "批复后修改");
		mvc.perform(put("/api/v1/tables/" + id).with(httpBasic("lead1", "demo12345"))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(changeAfterApproval)))
			.andExpect(status().isConflict());

		api.postAs("finance1", "/api/v1/tables/" + id + "/publish", "{\"disclosure\":\"PUBLIC\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED")).andExpect(jsonPath("$.disclosure").value("PUBLIC"));
		assertThat(taskTableIds("finance1")).doesNotContain(id);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKeys(java.util.Set.copyOf(Stage.KEYS))
			.processInstanceBusinessKey(String.valueOf(id)).count())
			.isZero();
		api.getAs("lead1", "/api/v1/tables/" + id).andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.projectName").value("保洁用品项目"));
	}

	@Test
	void submissionIsRefusedWhileAnErrorStandsAndNothingMoves() throws Exception {
		ObjectNode body = api.baojie();
		body.put("fiscalFunds", 2);
		long id = api.read(api.postAs("lead1", "/api/v1/tables", json.writeValueAsString(body))).get("id").asLong();

		api.submit(id).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.details[0].rule").value("R02"))
			.andExpect(jsonPath("$.details[0].severity").value("ERROR"))
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("不能提交审核")));

		api.getAs("lead1", "/api/v1/tables/" + id).andExpect(jsonPath("$.status").value("DRAFT"));
		assertThat(taskTableIds("deptrev1")).doesNotContain(id);
	}

	@Test
	void twentyConcurrentApprovalsGiveExactlyOneTransition() throws Exception {
		long id = api.draft();
		api.submit(id);
		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());

		int attempts = 20;
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			answers.add(pool.submit(() -> {
				start.await();
				return api.review("finance1", id, "{\"grade\":\"优\"}").andReturn().getResponse().getStatus();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get());
		}
		pool.shutdown();

		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(attempts - 1);
		api.getAs("lead1", "/api/v1/tables/" + id).andExpect(jsonPath("$.status").value("APPROVED"));
		JsonNode timeline = api.read(api.getAs("lead1", "/api/v1/tables/" + id + "/versions"));
		assertThat(timeline).hasSize(1);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKeys(java.util.Set.copyOf(Stage.KEYS))
			.processInstanceBusinessKey(String.valueOf(id)).count())
			.isEqualTo(1);
	}

	@Test
	void theDrafterCannotReviewAndAnotherUnitCannotSeeOrAct() throws Exception {
		long id = api.draft();
		api.submit(id);

		api.review("lead1", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isForbidden());
		api.review("lead2", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isForbidden());
		api.postAs("lead2", "/api/v1/tables/" + id + "/submit", null).andExpect(status().isForbidden());
		api.postAs("lead2", "/api/v1/tables/" + id + "/withdraw", null).andExpect(status().isForbidden());
		api.getAs("lead2", "/api/v1/tables/" + id + "/versions").andExpect(status().isForbidden());
		api.getAs("lead2", "/api/v1/tables/" + id + "/diff?from=1&to=1").andExpect(status().isForbidden());
		assertThat(taskTableIds("lead2")).doesNotContain(id);
		api.getAs("lead1", "/api/v1/tables/" + id).andExpect(jsonPath("$.status").value("DEPT_REVIEW"));
	}

	@Test
	void financeCannotActAtTheDepartmentStageNorADepartmentReviewerAtTheFinanceStage() throws Exception {
		long department = directory.findByName("库尔勒经济技术开发区管理委员会").orElseThrow().getId();
		if (directory.people(Role.DEPT_REVIEWER, department).stream().noneMatch(p -> p.username().equals("deptrev2"))) {
			admin.createUser("deptrev2", "部门审核二", "demo12345", Role.DEPT_REVIEWER, department);
		}
		long id = api.draft();
		api.submit(id);
		api.review("finance1", id, "{\"grade\":\"优\"}").andExpect(status().isForbidden());

		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		api.review("deptrev2", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isForbidden());
		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isConflict());
		api.getAs("lead1", "/api/v1/tables/" + id).andExpect(jsonPath("$.status").value("FINANCE_REVIEW"));
	}

	@Test
	void drafterWithdrawsUntilAReviewerActs() throws Exception {
		long id = api.draft();
		api.submit(id);
		api.postAs("lead1", "/api/v1/tables/" + id + "/withdraw", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"));
		assertThat(taskTableIds("deptrev1")).doesNotContain(id);

		api.submit(id).andExpect(jsonPath("$.status").value("DEPT_REVIEW"));
		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		api.postAs("lead1", "/api/v1/tables/" + id + "/withdraw", null).andExpect(status().isConflict());
		api.getAs("lead1", "/api/v1/tables/" + id + "/versions").andExpect(jsonPath("$.length()").value(2));
	}

	@Test
	void returnNeedsACommentAndGrade差RejectsForTheRound() throws Exception {
		long id = api.draft();
		api.submit(id);
		api.review("deptrev1", id, "{\"decision\":\"RETURN\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.error").value("invalid"));
		api.review("deptrev1", id, "{\"decision\":\"APPROVE\",\"grade\":\"优\"}").andExpect(status().isUnprocessableContent());
		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		api.review("finance1", id, "{\"decision\":\"APPROVE\",\"grade\":\"差\",\"comment\":\"x\"}")
			.andExpect(status().isUnprocessableContent());
		api.review("finance1", id, "{\"grade\":\"差\"}").andExpect(status().isUnprocessableContent());

		api.review("finance1", id, "{\"grade\":\"差\",\"comment\":\"项目不符合支出政策\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKeys(java.util.Set.copyOf(Stage.KEYS))
			.processInstanceBusinessKey(String.valueOf(id)).count())
			.isZero();
		api.submit(id).andExpect(status().isConflict());
	}

	@Test
	void handedOverTaskBelongsToTheColleagueOnly() throws Exception {
		long id = api.draft();
		api.submit(id);
		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}");
		long finance2 = ((Account) accounts.loadUserByUsername("finance2")).id();
		mvc.perform(get("/tables/" + id + "/handover").with(user(accounts.loadUserByUsername("finance1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + finance2 + "\"")));
		mvc.perform(get("/tables/" + id + "/handover").with(user(accounts.loadUserByUsername("lead2"))))
			.andExpect(status().isForbidden());

		mvc.perform(post("/tables/" + id + "/handover").param("to", String.valueOf(finance2)).with(csrf())
			.with(user(accounts.loadUserByUsername("finance1"))))
			.andExpect(status().is3xxRedirection());

		assertThat(taskTableIds("finance1")).doesNotContain(id);
		assertThat(stageOf("finance2", id)).isEqualTo("FINANCE_REVIEW");
		api.review("finance1", id, "{\"grade\":\"优\"}").andExpect(status().isForbidden());
		api.postAs("lead1", "/api/v1/tables/" + id + "/withdraw", null).andExpect(status().isConflict());
		api.review("finance2", id, "{\"grade\":\"优\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void publicationNeedsAReasonToWithholdAndOnlyFinanceDecides() throws Exception {
		long id = api.draft();
		api.submit(id);
		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}");
		api.review("finance1", id, "{\"grade\":\"优\"}").andExpect(jsonPath("$.status").value("APPROVED"));

		api.postAs("lead1", "/api/v1/tables/" + id + "/publish", "{\"disclosure\":\"PUBLIC\"}")
			.andExpect(status().isForbidden());
		api.postAs("finance1", "/api/v1/tables/" + id + "/publish", "{\"disclosure\":\"WITHHELD\"}")
			.andExpect(status().isUnprocessableContent());
		api.postAs("admin", "/api/v1/tables/" + id + "/publish", "{\"disclosure\":\"WITHHELD\",\"reason\":\"涉密\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.disclosure").value("WITHHELD"));
		api.postAs("finance1", "/api/v1/tables/" + id + "/publish", "{\"disclosure\":\"PUBLIC\"}")
			.andExpect(status().isConflict());
		api.getAs("lead1", "/api/v1/tables/" + id).andExpect(jsonPath("$.disclosureReason").value("涉密"));
	}

	@Test
	void financeDecidesPublicationForADepartmentsYearInOneBatch() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (String name : List.of("批量公开一", "批量公开二")) {
			ObjectNode body = api.baojie();
			body.put("year", 2025).put("projectName", name);
			long id = api.read(api.postAs("lead1", "/api/v1/tables", json.writeValueAsString(body))).get("id").asLong();
			api.submit(id);
			api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}");
			api.review("finance1", id, "{\"grade\":\"优\"}").andExpect(jsonPath("$.status").value("APPROVED"));
			ids.add(id);
		}
		long approved = api.read(api.getAs("finance1", "/api/v1/tables?year=2025&status=APPROVED&size=200")).get("total")
			.asLong();
		long department = directory.findByName("库尔勒经济技术开发区管理委员会").orElseThrow().getId();

		api.postAs("lead1", "/api/v1/publications", "{\"departmentId\":" + department + ",\"year\":2025,\"disclosure\":\"PUBLIC\"}")
			.andExpect(status().isForbidden());
		api.postAs("finance1", "/api/v1/publications", "{\"departmentId\":" + department + ",\"year\":2025,\"disclosure\":\"PUBLIC\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.published").value((int) approved));

		for (long id : ids) {
			api.getAs("lead1", "/api/v1/tables/" + id).andExpect(jsonPath("$.status").value("PUBLISHED"))
				.andExpect(jsonPath("$.disclosure").value("PUBLIC"));
		}
	}
}
