package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The table list, 待办 and the board searched by project name, filtered and sorted (API and pages), refusing what they
 * do not know, and exported as workbooks with the same rows as their JSON. Each test makes its own tables under a name
 * of its own, so the search isolates them in the shared database.
 */
@ProductTest
class ListSearchTest {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	@Autowired
	TaskService taskService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService accounts;

	ReviewCalls calls;

	/** The search text every table of the test has in its name. */
	String token;

	/** Three tables of lead1: a draft (5 万元), one at department review (3), one returned by finance with 中 (8). */
	long draft;

	long inReview;

	long returned;

	@BeforeEach
	void threeTables() throws Exception {
		calls = new ReviewCalls(mvc, json);
		token = "列表样本" + System.nanoTime();
		draft = create(token + "乙", 5);
		inReview = create(token + "甲", 3);
		returned = create(token + "丙", 8);
		calls.submit(inReview).andExpect(status().isOk());
		calls.submit(returned).andExpect(status().isOk());
		calls.review("deptrev1", returned, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		calls.review("finance1", returned, "{\"grade\":\"中\",\"comment\":\"请补充指标依据\"}")
			.andExpect(status().isOk());
	}

	private long create(String name, int funds) throws Exception {
		ObjectNode body = calls.baojie();
		body.put("projectName", name);
		body.put("totalFunds", funds);
		body.put("fiscalFunds", funds);
		return calls.read(calls.postAs("lead1", "/api/v1/tables", json.writeValueAsString(body))
			.andExpect(status().isCreated())).get("id").asLong();
	}

	private String q() {
		return "q=" + token;
	}

	private List<Long> tableIds(String user, String query) throws Exception {
		return ids(calls.read(calls.getAs(user, "/api/v1/tables?" + q() + query).andExpect(status().isOk())).get("items"),
				"id");
	}

	private List<Long> taskIds(String user, String path) throws Exception {
		return ids(calls.read(calls.getAs(user, path).andExpect(status().isOk())), "tableId");
	}

	private static List<Long> ids(JsonNode items, String field) {
		List<Long> ids = new ArrayList<>();
		items.forEach(item -> ids.add(item.get(field).asLong()));
		return ids;
	}

	@Test
	void tableListSearchesByProjectNameAndFiltersByYearStatusStageGradeUnitAndDepartment() throws Exception {
		assertThat(tableIds("lead1", "")).containsExactly(returned, inReview, draft);
		assertThat(calls.read(calls.getAs("lead1", "/api/v1/tables?" + q())).get("total").asLong()).isEqualTo(3);
		assertThat(tableIds("lead1", "&status=DRAFT")).containsExactly(draft);
		assertThat(tableIds("lead1", "&stage=DEPT_REVIEW")).containsExactly(inReview);
		assertThat(tableIds("lead1", "&stage=REVISE")).containsExactly(returned);
		assertThat(tableIds("finance1", "&grade=中")).containsExactly(returned);
		assertThat(tableIds("finance1", "&grade=优")).isEmpty();
		assertThat(tableIds("lead1", "&year=2026")).hasSize(3);
		assertThat(tableIds("lead1", "&year=2025")).isEmpty();
		long unit = jdbc.queryForObject("select unit_id from target_tables where id = ?", Long.class, draft);
		long department = jdbc.queryForObject("select parent_id from organizations where id = ?", Long.class, unit);
		assertThat(tableIds("finance1", "&unit=" + unit)).hasSize(3);
		assertThat(tableIds("finance1", "&department=" + department)).hasSize(3);
		assertThat(tableIds("finance1", "&department=" + unit + "&unit=" + department)).isEmpty();
		// another unit's lead sees none of them, whatever the filter
		assertThat(tableIds("lead2", "")).isEmpty();
	}

	@Test
	void tableListSortsByAmountNameAgeAndDueEitherWay() throws Exception {
		assertThat(tableIds("lead1", "&sort=amount")).containsExactly(inReview, draft, returned);
		assertThat(tableIds("lead1", "&sort=amount,desc")).containsExactly(returned, draft, inReview);
		// 甲 乙 丙 in the database's order of the names, and the other way round
		List<Long> byName = tableIds("lead1", "&sort=name");
		assertThat(byName).containsExactlyInAnyOrder(draft, inReview, returned);
		List<Long> reversed = new ArrayList<>(byName);
		java.util.Collections.reverse(reversed);
		assertThat(tableIds("lead1", "&sort=name,desc")).containsExactlyElementsOf(reversed);
		assertThat(tableIds("lead1", "&sort=age")).containsExactly(returned, inReview, draft);
		assertThat(tableIds("lead1", "&sort=age,desc")).containsExactly(draft, inReview, returned);
		// the draft has no task, so it comes last either way
		assertThat(tableIds("lead1", "&sort=due")).endsWith(draft);
		assertThat(tableIds("lead1", "&sort=due,desc")).endsWith(draft);
	}

	@Test
	void overdueFilterFindsTablesAndTasksPastTheirDueDateOnly() throws Exception {
		assertThat(tableIds("lead1", "&overdue=true")).isEmpty();
		assertThat(taskIds("deptrev1", "/api/v1/tasks?" + q() + "&overdue=true")).isEmpty();
		// both open tasks due yesterday
		for (long table : List.of(inReview, returned)) {
			taskService.setDueDate(taskService.createTaskQuery().processDefinitionKeyIn(Stage.KEYS)
				.processInstanceBusinessKey(String.valueOf(table))
				.singleResult().getId(),
					Date.from(clock.instant().minus(Duration.ofDays(1))));
		}
		assertThat(tableIds("lead1", "&overdue=true")).containsExactlyInAnyOrder(inReview, returned);
		assertThat(taskIds("deptrev1", "/api/v1/tasks?" + q() + "&overdue=true")).containsExactly(inReview);
		assertThat(taskIds("admin", "/api/v1/admin/pending?" + q() + "&overdue=true"))
			.containsExactlyInAnyOrder(inReview, returned);
	}

	@Test
	void aStageFilterOnTheTasksAloneListsAndCountsAsTheSearchThroughTheirTables() throws Exception {
		long second = create(token + "戊", 1);
		long third = create(token + "己", 1);
		calls.submit(second).andExpect(status().isOk());
		calls.submit(third).andExpect(status().isOk());
		String stage = "/api/v1/tasks?stage=DEPT_REVIEW";
		// sort=age (the youngest first) is the default order, but read through the tables
		List<Long> all = taskIds("deptrev1", stage + "&sort=age");
		assertThat(all).contains(second, third, inReview);
		assertThat(taskIds("deptrev1", stage)).isEqualTo(all);
		// pages of one less than all: a full one (counted apart), one of the last task alone, one past the end
		int size = all.size() - 1;
		for (int page = 0; page <= 2; page++) {
			var response = calls.getAs("deptrev1", stage + "&page=" + page + "&size=" + size).andExpect(status().isOk())
				.andReturn().getResponse();
			assertThat(response.getHeader(ReviewApiController.TOTAL)).as("page %d", page)
				.isEqualTo(String.valueOf(all.size()));
			List<Long> expected = all.subList(Math.min(page * size, all.size()), Math.min((page + 1) * size, all.size()));
			assertThat(ids(json.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)),
					"tableId")).as("page %d", page).isEqualTo(expected);
		}
	}

	@Test
	void taskListAndBoardSearchFilterAndSort() throws Exception {
		long second = create(token + "丁", 1);
		calls.submit(second).andExpect(status().isOk());
		assertThat(taskIds("deptrev1", "/api/v1/tasks?" + q())).containsExactly(second, inReview);
		assertThat(taskIds("deptrev1", "/api/v1/tasks?" + q() + "&sort=amount")).containsExactly(second, inReview);
		assertThat(taskIds("deptrev1", "/api/v1/tasks?" + q() + "&sort=amount,desc")).containsExactly(inReview, second);
		assertThat(taskIds("deptrev1", "/api/v1/tasks?" + q() + "&sort=age,desc")).containsExactly(inReview, second);
		assertThat(taskIds("deptrev1", "/api/v1/tasks?" + q() + "&stage=FINANCE_REVIEW")).isEmpty();
		assertThat(taskIds("deptrev1", "/api/v1/tasks?" + q() + "&status=DEPT_REVIEW&year=2026&page=0&size=1"))
			.containsExactly(second);
		assertThat(calls.getAs("deptrev1", "/api/v1/tasks?" + q() + "&page=0&size=1").andReturn().getResponse()
			.getHeader(ReviewApiController.TOTAL)).isEqualTo("2");
		// the returned table waits at its lead, not at the reviewer
		assertThat(taskIds("lead1", "/api/v1/tasks?" + q())).containsExactly(returned);
		assertThat(taskIds("admin", "/api/v1/admin/pending?" + q() + "&sort=amount"))
			.containsExactly(second, inReview, returned);
		assertThat(taskIds("admin", "/api/v1/admin/pending?" + q() + "&stage=REVISE&grade=中"))
			.containsExactly(returned);
	}

	@Test
	void unknownFilterValuesAreRefusedWith422InChinese() throws Exception {
		for (String list : List.of("/api/v1/tables", "/api/v1/tasks", "/api/v1/admin/pending")) {
			for (String bad : List.of("status=FINISHED", "stage=DONE", "grade=A", "sort=size", "sort=age,up",
					"year=abc", "year=1800", "overdue=yes", "department=x", "unit=-1")) {
				JsonNode error = calls.read(calls.getAs("admin", list + "?" + bad)
					.andExpect(status().isUnprocessableContent()));
				assertThat(error.get("error").asString()).as(list + "?" + bad).isEqualTo("invalid");
				assertThat(error.get("message").asString()).as(list + "?" + bad).contains("无法识别");
			}
		}
	}

	@Test
	void workbookHoldsTheSameRowsAsTheJsonOfEachList() throws Exception {
		calls.submit(draft).andExpect(status().isOk());
		for (String[] list : new String[][] { { "lead1", "/api/v1/tables?" + q() + "&sort=amount", "id" },
				{ "deptrev1", "/api/v1/tasks?" + q() + "&sort=amount,desc", "tableId" },
				{ "admin", "/api/v1/admin/pending?" + q() + "&sort=name", "tableId" } }) {
			JsonNode read = calls.read(calls.getAs(list[0], list[1]));
			JsonNode items = read.has("items") ? read.get("items") : read;
			List<List<String>> expected = new ArrayList<>();
			items.forEach(item -> expected.add(List.of(item.get(list[2]).asString(), item.get("projectName").asString())));
			assertThat(expected).as(list[1]).hasSizeGreaterThanOrEqualTo(2);

			byte[] byAccept = mvc.perform(get(list[1]).with(httpBasic(list[0], "demo12345"))
				.header(HttpHeaders.ACCEPT, XLSX)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			byte[] byFormat = mvc.perform(get(list[1] + "&format=xlsx").with(httpBasic(list[0], "demo12345")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			assertThat(rows(byAccept)).as(list[1]).isEqualTo(expected);
			assertThat(rows(byFormat)).as(list[1]).isEqualTo(expected);
		}
	}

	/** Id and project name of each row under the header, as POI reads them back. */
	private static List<List<String>> rows(byte[] workbook) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
			List<List<String>> rows = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				rows.add(List.of(BigDecimal.valueOf(row.getCell(0).getNumericCellValue()).toBigInteger().toString(),
						row.getCell(2).getStringCellValue()));
			}
			return rows;
		}
	}

	@Test
	void listPagesShowFilterBarCountSortHeadersAndExportKeepingTheFilters() throws Exception {
		String encoded = URLEncoder.encode(token, StandardCharsets.UTF_8);
		String tables = page("lead1", "/tables?" + q() + "&sort=amount");
		assertThat(tables).contains("共 3 条", "导出 Excel", "/api/v1/tables?q=" + encoded + "&amp;sort=amount&amp;page=0&amp;size=20&amp;format=xlsx",
				"/tables?q=" + encoded + "&amp;sort=amount,desc", "资金总额（万元） ▲", "name=\"q\"", "value=\"" + token + "\"");
		assertThat(tables.indexOf(token + "甲")).isLessThan(tables.indexOf(token + "乙"));
		assertThat(page("lead1", "/tables?" + q() + "&grade=中")).contains("共 1 条", token + "丙").doesNotContain(token + "甲");

		String tasks = page("deptrev1", "/tasks?" + q() + "&stage=DEPT_REVIEW");
		assertThat(tasks).contains("共 1 条", token + "甲", "/api/v1/tasks?q=" + encoded + "&amp;stage=DEPT_REVIEW",
				"批量同意", "name=\"tableIds\"", "data-confirm-count=\"确定同意选中的 {0} 张表");
		assertThat(page("lead1", "/tasks")).doesNotContain("批量同意");

		String board = page("admin", "/admin/pending?" + q() + "&sort=due");
		assertThat(board).contains("共 2 条", token + "甲", token + "丙", "/api/v1/admin/pending?q=" + encoded,
				"办理期限 ▲");
		assertThat(mvc.perform(get("/tables?status=FINISHED").with(user(accounts.loadUserByUsername("lead1"))))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("无法识别");
	}

	private String page(String username, String path) throws Exception {
		return mvc.perform(get(path).with(user(accounts.loadUserByUsername(username)))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
