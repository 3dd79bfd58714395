package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import io.jixiao.review.TransitionFault.Point;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A transition that fails after the product wrote its own rows rolls back whole: the table, its versions, review
 * events, audit trail, notifications and the Flowable process are exactly as before, the caller gets a Chinese error
 * without internals, and the same request succeeds once the failure is gone.
 */
@ProductTest
class FailedTransitionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	EntityManager entityManager;

	ReviewCalls api;
	TransitionFault fault;

	@BeforeEach
	void injectFaults() {
		api = new ReviewCalls(mvc, json);
		fault = new TransitionFault(entityManager);
		runtime.addEventListener(fault, TransitionFault.EVENTS);
	}

	@AfterEach
	void removeFaults() {
		runtime.removeEventListener(fault);
	}

	/** Everything a transition writes, as seen from outside. */
	record Snapshot(JsonNode table, JsonNode versions, JsonNode auditOfTable, Map<String, Object> chainHead,
			long auditEvents, long reviewEvents, long tableVersions, long notifications, long notificationsOfTable,
			List<String> openTasks, long processes, long historicTasks) {
	}

	Snapshot snapshot(long id) throws Exception {
		String key = String.valueOf(id);
		return new Snapshot(api.read(api.getAs("lead1", "/api/v1/tables/" + id).andExpect(status().isOk())),
				api.read(api.getAs("lead1", "/api/v1/tables/" + id + "/versions")),
				api.read(api.getAs("lead1", "/api/v1/tables/" + id + "/audit")),
				jdbc.queryForMap("select last_seq, last_hash from audit_chain where id = 1"),
				count("select count(*) from audit_events"),
				count("select count(*) from review_events where table_id = ?", id),
				count("select count(*) from table_versions where table_id = ?", id),
				count("select count(*) from notifications"),
				count("select count(*) from notifications where table_id = ?", id),
				tasks.createTaskQuery().processDefinitionKeyIn(Stage.KEYS)
					.processInstanceBusinessKey(key).list().stream()
					.map(t -> t.getId() + " " + t.getTaskDefinitionKey() + " " + t.getAssignee()).toList(),
				runtime.createProcessInstanceQuery().processDefinitionKeys(java.util.Set.copyOf(Stage.KEYS))
					.processInstanceBusinessKey(key).count(),
				history.createHistoricTaskInstanceQuery().processDefinitionKeyIn(Stage.KEYS)
					.processInstanceBusinessKey(key).count());
	}

	long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	/** Arms the fault for the table, sends the request, disarms; the state before and after must be the same. */
	void failsAndLeavesEverythingAsItWas(long id, Point point, RequestCall request) throws Exception {
		Snapshot before = snapshot(id);
		MockHttpServletResponse response;
		fault.arm(id, point);
		try {
			response = request.send().andReturn().getResponse();
		}
		finally {
			fault.disarm();
		}

		assertThat(fault.fired()).as("the failure was injected").isEqualTo(1);
		assertThat(response.getStatus()).isEqualTo(500);
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		JsonNode error = json.readTree(body);
		assertThat(error.get("error").asString()).isEqualTo("internal");
		assertThat(error.get("message").asString()).isEqualTo("系统暂时无法处理您的请求，请稍后再试。");
		assertThat(body).doesNotContain("Exception").doesNotContain("injected").doesNotContain("at io.")
			.doesNotContain("flowable");

		assertThat(snapshot(id)).isEqualTo(before);
		assertThat(api.read(api.getAs("admin", "/api/v1/audit/verify")).get("valid").asBoolean()).isTrue();
		assertThat(InvariantCheckTest.violatingIds(api.invariants())).doesNotContain(id);
	}

	interface RequestCall {
		ResultActions send() throws Exception;
	}

	/** Two transitions of different tables can deadlock on MySQL; the victim's is run again, not shown as an error. */
	@Test
	void aTransitionChosenAsDeadlockVictimIsRunAgainAndTakesEffectOnce() throws Exception {
		long id = api.draft();
		long auditBefore = count("select count(*) from audit_events where table_id = ?", id);
		fault.armDeadlockOnce(id);
		try {
			api.submit(id).andExpect(status().isOk());
		}
		finally {
			fault.disarm();
		}

		assertThat(fault.fired()).as("the first attempt failed, the second reached the task").isEqualTo(2);
		assertThat(api.statusOf(id)).isEqualTo("DEPT_REVIEW");
		assertThat(count("select count(*) from table_versions where table_id = ?", id)).isEqualTo(1);
		assertThat(count("select count(*) from review_events where table_id = ?", id)).isEqualTo(1);
		assertThat(count("select count(*) from audit_events where table_id = ?", id)).isEqualTo(auditBefore + 1);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKeys(java.util.Set.copyOf(Stage.KEYS))
			.processInstanceBusinessKey(String.valueOf(id)).count())
			.isEqualTo(1);
		assertThat(api.read(api.getAs("admin", "/api/v1/audit/verify")).get("valid").asBoolean()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(Point.class)
	void aFailedSubmissionLeavesTheDraftWithoutProcessAndSucceedsOnRetry(Point point) throws Exception {
		long id = api.draft();

		failsAndLeavesEverythingAsItWas(id, point, () -> api.submit(id));
		assertThat(api.statusOf(id)).isEqualTo("DRAFT");

		api.submit(id).andExpect(status().isOk());
		assertThat(api.statusOf(id)).isEqualTo("DEPT_REVIEW");
		api.getAs("lead1", "/api/v1/tables/" + id + "/versions").andExpect(
				org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.length()").value(1));
		assertThat(InvariantCheckTest.violatingIds(api.invariants())).doesNotContain(id);
	}

	@ParameterizedTest
	@EnumSource(Point.class)
	void aFailedResubmissionLeavesTheReturnedTableWaitingAtRevision(Point point) throws Exception {
		long id = api.draft();
		api.submit(id).andExpect(status().isOk());
		api.review("deptrev1", id, "{\"decision\":\"RETURN\",\"comment\":\"请补充\"}").andExpect(status().isOk());

		failsAndLeavesEverythingAsItWas(id, point, () -> api.submit(id));
		assertThat(api.statusOf(id)).isEqualTo("RETURNED");

		api.submit(id).andExpect(status().isOk());
		assertThat(api.statusOf(id)).isEqualTo("DEPT_REVIEW");
		assertThat(count("select count(*) from table_versions where table_id = ?", id)).isEqualTo(2);
	}

	@ParameterizedTest
	@EnumSource(Point.class)
	void aFailedFinanceApprovalLeavesTheTaskWithFinanceAndSucceedsOnRetry(Point point) throws Exception {
		long id = api.draft();
		api.submit(id);
		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		String task = tasks.createTaskQuery().processDefinitionKeyIn(Stage.KEYS)
			.processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();

		failsAndLeavesEverythingAsItWas(id, point,
				() -> api.review("finance1", id, "{\"grade\":\"良\",\"comment\":\"满意度指标可再细化\"}"));
		assertThat(api.statusOf(id)).isEqualTo("FINANCE_REVIEW");
		assertThat(tasks.createTaskQuery().taskId(task).singleResult().getTaskDefinitionKey())
			.isEqualTo("financeReviewTask");

		api.review("finance1", id, "{\"grade\":\"良\",\"comment\":\"满意度指标可再细化\"}").andExpect(status().isOk());
		assertThat(api.statusOf(id)).isEqualTo("APPROVED");
		assertThat(count("select count(*) from audit_events where table_id = ? and action = 'APPROVE'", id))
			.isEqualTo(2);
	}

	@ParameterizedTest
	@EnumSource(Point.class)
	void aFailedPublicationLeavesTheTableApprovedAndItsProcessRunning(Point point) throws Exception {
		long id = api.draft();
		api.submit(id);
		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}");
		api.review("finance1", id, "{\"grade\":\"优\"}").andExpect(status().isOk());

		failsAndLeavesEverythingAsItWas(id, point, () -> api.publish(id));
		assertThat(api.statusOf(id)).isEqualTo("APPROVED");

		api.publish(id).andExpect(status().isOk());
		assertThat(api.statusOf(id)).isEqualTo("PUBLISHED");
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKeys(java.util.Set.copyOf(Stage.KEYS))
			.processInstanceBusinessKey(String.valueOf(id)).count()).isZero();
	}
}
