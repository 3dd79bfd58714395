package io.jixiao.review;

import io.jixiao.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.OnMysql;
import io.jixiao.demo.ProvinceYear;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.targets.ListQuery;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The administrator's board under a clock the test moves: ages, due dates, overdue flags, reminders, reassignment. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = OnMysql.class)
@TestPropertySource(properties = { "spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}board${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}", "app.demo-data=true" })
@Import(MutableClock.FromMonday.class)
class PendingBoardTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProvinceYear generator;

	@Autowired
	PendingBoard board;

	@Autowired
	TaskService taskService;

	@Autowired
	OrganizationDirectory directory;

	JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	ResultActions call(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body) throws Exception {
		return mvc.perform(request.with(httpBasic(user, "demo12345")).contentType(MediaType.APPLICATION_JSON)
			.content(body == null ? "" : body));
	}

	JsonNode row(long tableId) throws Exception {
		for (JsonNode row : read(call("admin", get("/api/v1/admin/pending"), null).andExpect(status().isOk()))) {
			if (row.get("tableId").asLong() == tableId) {
				return row;
			}
		}
		return null;
	}

	@Test
	void agesAndOverdueFlagsFollowTheClockAndRemindersReachTheReviewers() throws Exception {
		MutableClock time = (MutableClock) clock;
		long id;
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			id = read(call("lead1", post("/api/v1/tables"), new String(in.readAllBytes(), StandardCharsets.UTF_8)))
				.get("id").asLong();
		}
		call("lead1", post("/api/v1/tables/" + id + "/submit"), null).andExpect(status().isOk());

		JsonNode fresh = row(id);
		assertThat(fresh.get("stage").asString()).isEqualTo("DEPT_REVIEW");
		assertThat(fresh.get("unitName").asString()).isEqualTo("库尔勒经济技术开发区管理委员会党政办公室");
		assertThat(fresh.get("departmentName").asString()).isEqualTo("库尔勒经济技术开发区管理委员会");
		assertThat(fresh.get("group").asString()).contains("库尔勒经济技术开发区管理委员会");
		assertThat(fresh.get("ageHours").asLong()).isZero();
		// five working days from Monday: due Monday next week, end of day in Beijing
		assertThat(fresh.get("due").asString()).isEqualTo("2026-11-30T15:59:59Z");
		assertThat(fresh.get("overdue").asBoolean()).isFalse();

		time.advance(Duration.ofHours(75));
		JsonNode later = row(id);
		assertThat(later.get("ageHours").asLong()).isEqualTo(75);
		assertThat(later.get("overdue").asBoolean()).isFalse();

		time.advance(Duration.ofDays(5));
		JsonNode overdue = row(id);
		assertThat(overdue.get("overdue").asBoolean()).isTrue();
		assertThat(read(call("admin", get("/api/v1/admin/pending?overdue=true"), null)).findValuesAsString("taskId"))
			.contains(overdue.get("taskId").asString());
		mvc.perform(get("/admin/pending").with(user(accounts.loadUserByUsername("admin")))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("已逾期")))
			.andExpect(content().string(Matchers.containsString("8 天 3 小时")));

		long deptrev1 = ((Account) accounts.loadUserByUsername("deptrev1")).id();
		long unreadBefore = unread(deptrev1);
		mvc.perform(post("/admin/pending/" + overdue.get("taskId").asString() + "/remind").with(csrf())
			.with(user(accounts.loadUserByUsername("admin")))).andExpect(status().is3xxRedirection());
		assertThat(unread(deptrev1)).isEqualTo(unreadBefore + 1);
		assertThat(jdbc.queryForObject("select message from notifications where user_id = ? and kind = 'reminder' order by id desc limit 1",
				String.class, deptrev1)).contains("催办").contains("保洁用品项目");
		assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'REMIND' and table_id = ?",
				Long.class, id)).isEqualTo(1);

		call("lead1", get("/api/v1/admin/pending"), null).andExpect(status().isForbidden());
	}

	@Test
	void reassignmentGivesTheTaskToAnotherReviewerOfTheStage() throws Exception {
		long id;
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			id = read(call("lead1", post("/api/v1/tables"), new String(in.readAllBytes(), StandardCharsets.UTF_8)))
				.get("id").asLong();
		}
		call("lead1", post("/api/v1/tables/" + id + "/submit"), null);
		call("deptrev1", post("/api/v1/tables/" + id + "/review"), "{\"decision\":\"APPROVE\"}");
		String taskId = row(id).get("taskId").asString();
		long finance2 = ((Account) accounts.loadUserByUsername("finance2")).id();
		long lead2 = ((Account) accounts.loadUserByUsername("lead2")).id();

		mvc.perform(post("/admin/pending/" + taskId + "/reassign").param("to", String.valueOf(lead2)).with(csrf())
			.with(user(accounts.loadUserByUsername("admin")))).andExpect(status().is3xxRedirection());
		assertThat(row(id).get("assignee").isNull()).isTrue();

		mvc.perform(post("/admin/pending/" + taskId + "/reassign").param("to", String.valueOf(finance2)).with(csrf())
			.with(user(accounts.loadUserByUsername("admin")))).andExpect(status().is3xxRedirection());
		assertThat(row(id).get("assignee").asString()).isEqualTo("财政审核二");
		assertThat(jdbc.queryForObject("select details from audit_events where action = 'REASSIGN' and table_id = ?",
				String.class, id)).contains("财政审核二");
		call("finance1", post("/api/v1/tables/" + id + "/review"), "{\"grade\":\"优\"}").andExpect(status().isForbidden());
		call("finance2", post("/api/v1/tables/" + id + "/review"), "{\"grade\":\"优\"}").andExpect(status().isOk());
	}

	@Test
	void drafterIsToldOfReturnAndReviewersOfNewTasks() throws Exception {
		long id;
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			id = read(call("lead1", post("/api/v1/tables"), new String(in.readAllBytes(), StandardCharsets.UTF_8)))
				.get("id").asLong();
		}
		long lead1 = ((Account) accounts.loadUserByUsername("lead1")).id();
		long deptrev1 = ((Account) accounts.loadUserByUsername("deptrev1")).id();
		long finance1 = ((Account) accounts.loadUserByUsername("finance1")).id();
		long reviewer = unread(deptrev1);
		long drafter = unread(lead1);
		long finance = unread(finance1);

		call("lead1", post("/api/v1/tables/" + id + "/submit"), null);
		assertThat(unread(deptrev1)).isEqualTo(reviewer + 1);
		call("deptrev1", post("/api/v1/tables/" + id + "/review"), "{\"decision\":\"APPROVE\"}");
		assertThat(unread(finance1)).isEqualTo(finance + 1);
		call("finance1", post("/api/v1/tables/" + id + "/review"), "{\"grade\":\"中\",\"comment\":\"请细化成本\"}");
		assertThat(unread(lead1)).isEqualTo(drafter + 1);

		mvc.perform(get("/tables").with(user(accounts.loadUserByUsername("lead1")))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("badge rounded-pill")));
		mvc.perform(get("/notifications").with(user(accounts.loadUserByUsername("lead1"))))
			.andExpect(content().string(Matchers.containsString("请细化成本")));
		mvc.perform(post("/notifications/read").with(csrf()).with(user(accounts.loadUserByUsername("lead1"))));
		assertThat(unread(lead1)).isZero();
	}

	/**
	 * Unread notifications a person was sent by people's actions; the executor's due and overdue reminders are left
	 * out because they arrive whenever the clock, shared by this class's tests, has passed some task's reminder time.
	 */
	private long unread(long userId) {
		return jdbc.queryForObject("select count(*) from notifications where user_id = ? and read_at is null"
				+ " and kind not in ('dueSoon', 'overdue')", Long.class, userId);
	}

	@Test
	void theBoardCountsEveryOpenTaskAndListsOnePageOfTheFilteredOnesOldestFirst() {
		generated();
		Account admin = (Account) accounts.loadUserByUsername("admin");
		Instant now = clock.instant();
		// what the engine itself says is open, reviews and adjustments, oldest first (the board reads it with its own SQL)
		List<Task> open = taskService.createTaskQuery()
			.processDefinitionKeyIn(List.of(Stage.PROCESS, Stage.ADJUSTMENT_PROCESS)).active()
			.includeProcessVariables().orderByTaskCreateTime().asc().orderByTaskId().asc().list();
		assertThat(open).hasSizeGreaterThan(100);
		Predicate<Task> overdue = task -> task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now);

		PendingBoard.Board first = board.board(admin, ListQuery.NONE, 0, 50);
		assertThat(first.total()).isEqualTo(open.size());
		assertThat(first.matching()).isEqualTo(open.size());
		for (Stage stage : Stage.values()) {
			assertThat(first.perStage().get(stage.name())).as(stage.name())
				.isEqualTo(open.stream().filter(t -> t.getTaskDefinitionKey().equals(stage.taskKey())).count());
		}
		assertThat(first.overdue()).isEqualTo(open.stream().filter(overdue).count());
		assertThat(first.rows()).extracting(PendingBoard.Row::taskId).containsExactlyElementsOf(ids(open.subList(0, 50)));
		assertThat(board.board(admin, ListQuery.NONE, 50, 50).rows()).extracting(PendingBoard.Row::taskId)
			.containsExactlyElementsOf(ids(open.subList(50, 100)));

		// one stage of one department: the department of the unit named by the process's unitId
		Map<Long, Organization> units = directory.withParents(open.stream()
			.map(t -> ((Number) t.getProcessVariables().get("unitId")).longValue()).distinct().toList());
		Function<Task, Long> department = t -> {
			Organization found = units.get(((Number) t.getProcessVariables().get("unitId")).longValue()).department();
			return found == null ? null : found.getId();
		};
		Task sample = open.stream().filter(t -> t.getTaskDefinitionKey().equals(Stage.FINANCE_REVIEW.taskKey()))
			.filter(t -> department.apply(t) != null).findFirst().orElseThrow();
		Long chosen = department.apply(sample);
		List<Task> expected = open.stream()
			.filter(t -> t.getTaskDefinitionKey().equals(Stage.FINANCE_REVIEW.taskKey()))
			.filter(t -> chosen.equals(department.apply(t)))
			.toList();
		PendingBoard.Board filtered = board.board(admin,
				ListQuery.of(Map.of("stage", "FINANCE_REVIEW", "department", String.valueOf(chosen))), 0, 500);
		assertThat(filtered.matching()).isEqualTo(expected.size());
		assertThat(filtered.rows()).extracting(PendingBoard.Row::taskId).containsExactlyElementsOf(ids(expected));
		assertThat(filtered.rows()).allSatisfy(row -> assertThat(row.departmentId()).isEqualTo(chosen));
		assertThat(filtered.total()).isEqualTo(open.size());

		// overdue only: move the clock so that some are and some are not
		((MutableClock) clock).advance(Duration.ofDays(3));
		Instant later = clock.instant();
		List<Task> late = open.stream()
			.filter(t -> t.getDueDate() != null && t.getDueDate().toInstant().isBefore(later)).toList();
		assertThat(late).isNotEmpty().hasSizeLessThan(open.size());
		PendingBoard.Board overdueOnly = board.board(admin, ListQuery.of(Map.of("overdue", "true")), 0, 1000);
		assertThat(overdueOnly.matching()).isEqualTo(late.size()).isEqualTo(overdueOnly.overdue());
		assertThat(overdueOnly.rows()).extracting(PendingBoard.Row::taskId).containsExactlyElementsOf(ids(late));
		Map<String, Long> perDepartment = late.stream().collect(Collectors.groupingBy(t -> {
			Organization found = units.get(((Number) t.getProcessVariables().get("unitId")).longValue()).department();
			return found == null ? "（无主管部门）" : found.getName();
		}, Collectors.counting()));
		assertThat(overdueOnly.overduePerDepartment()).isEqualTo(perDepartment);
	}

	@Test
	void theTaskListApiGivesEveryTaskOrOnePageWithTheTotal() throws Exception {
		generated();
		var all = call("finance1", get("/api/v1/tasks"), null).andExpect(status().isOk());
		List<String> every = read(all).findValuesAsString("taskId");
		assertThat(every).hasSizeGreaterThan(30);
		assertThat(all.andReturn().getResponse().getHeader("X-Total-Count")).isEqualTo(String.valueOf(every.size()));

		var second = call("finance1", get("/api/v1/tasks?page=1&size=10"), null).andExpect(status().isOk());
		assertThat(read(second).findValuesAsString("taskId")).isEqualTo(every.subList(10, 20));
		assertThat(second.andReturn().getResponse().getHeader("X-Total-Count"))
			.isEqualTo(String.valueOf(every.size()));
		// every page in turn, those of the second half read from the oldest end, gives every task once, in order
		List<String> paged = new java.util.ArrayList<>();
		for (int page = 0; page * 7 < every.size(); page++) {
			paged.addAll(read(call("finance1", get("/api/v1/tasks?size=7&page=" + page), null)).findValuesAsString(
					"taskId"));
		}
		assertThat(paged).isEqualTo(every);
		// paging out of range is refused as on the other paged lists of the API
		call("finance1", get("/api/v1/tasks?size=0"), null).andExpect(status().isUnprocessableContent());
		call("finance1", get("/api/v1/tasks?size=201"), null).andExpect(status().isUnprocessableContent());
		call("finance1", get("/api/v1/tasks?page=-1"), null).andExpect(status().isUnprocessableContent());
	}

	/** A few hundred generated tables, once for the tests that need them. */
	private synchronized void generated() {
		if (jdbc.queryForObject("select count(*) from target_tables where project_name like '省级专项项目%'",
				Long.class) == 0) {
			generator.generate(300, 2026, 7);
		}
	}

	private static List<String> ids(List<Task> tasks) {
		return tasks.stream().map(Task::getId).toList();
	}
}
