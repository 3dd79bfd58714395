package io.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import io.jixiao.evidence.StatementCounter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The monitoring pages and downloads as each role sees them. */
@ProductTest
class MonitoringPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	UserDetailsService accounts;

	MonitoringCalls api;

	@BeforeEach
	void calls() {
		api = new MonitoringCalls(mvc, json);
	}

	byte[] as(String username, MockHttpServletRequestBuilder request, int status) throws Exception {
		var response = mvc.perform(request.with(user(accounts.loadUserByUsername(username))))
			.andExpect(status().is(status)).andReturn().getResponse();
		return response.getContentAsByteArray();
	}

	String page(String username, String path) throws Exception {
		return new String(as(username, get(path), 200), StandardCharsets.UTF_8);
	}

	/** The rows of the first sheet as text, cell by cell (merged regions read as their first cell). */
	static List<List<String>> sheet(byte[] xlsx) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (Cell cell : row) {
					cells.add(format.formatCellValue(cell));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	@Test
	void theUnitFillsEveryIndicatorInOneFormAndSubmitsIt() throws Exception {
		long table = api.approved(2023);
		api.openRound(2023, "1-4");
		long rid = api.reportOf(table);
		String form = page("lead1", "/monitoring/reports/" + rid);
		for (int i = 0; i < 8; i++) {
			assertThat(form).contains("name=\"rows[" + i + "].expectedFullYear\"")
				.contains("name=\"rows[" + i + "].likelihood\"").contains("name=\"rows[" + i + "].deviationReasons\"");
		}
		assertThat(form).contains("name=\"fiscalAdjusted\"", "name=\"fiscalExecuted\"", "name=\"otherAdjusted\"",
				"name=\"otherExecuted\"", "年度资金总额", "其中：财政拨款", "其他资金");
		assertThat(form.indexOf("购置低值易耗品次数")).isLessThan(form.indexOf("每次采购成本控制数"));
		assertThat(page("lead1", "/monitoring")).contains("/monitoring/reports/" + rid).contains("单位填报");

		MockHttpServletRequestBuilder post = post("/monitoring/reports/" + rid).with(csrf()).param("version", "0")
			.param("fiscalAdjusted", "3.00").param("fiscalExecuted", "1.50").param("overallProgress", "按计划推进")
			.param("action", "submit");
		for (int i = 0; i < 8; i++) {
			post.param("rows[" + i + "].expectedFullYear", i == 0 ? "2批次" : i == 5 ? "1.5万元" : i == 6 ? "有所提升" : "96%")
				.param("rows[" + i + "].likelihood", "确定能");
		}
		as("lead1", post, 302);

		JsonNode submitted = api.report("lead1", rid);
		assertThat(submitted.get("status").asString()).isEqualTo("DEPT_REVIEW");
		assertThat(submitted.get("budget").get("executed").decimalValue()).isEqualByComparingTo("1.50");
		assertThat(submitted.get("budget").get("other").get("executed").decimalValue()).isEqualByComparingTo("0.00");
		String review = page("deptrev1", "/monitoring/reports/" + rid);
		assertThat(review).contains("name=\"decision\"").contains("绿灯").doesNotContain("name=\"keyMonitoring\"")
			.doesNotContain("rows[0].expectedFullYear");
		assertThat(page("lead1", "/monitoring/reports/" + rid)).doesNotContain("name=\"decision\"");
	}

	@Test
	void theOfficialMonitoringTableReadsBackWithItsColumns() throws Exception {
		long table = api.approve(api.draft(2023, 2, 1));
		api.openRound(2023, "1-6");
		long rid = api.reportOf(table);
		ObjectNode body = api.filling(rid, "0", "1批次", "有可能", "供应商延迟供货", "更换供应商");
		ObjectNode budget = body.putObject("budget");
		budget.putObject("fiscal").put("adjusted", 2).put("executed", 0.4);
		budget.putObject("other").put("adjusted", 1.5).put("executed", 0.1);
		api.fill(rid, body).andExpect(status().isOk());

		List<List<String>> rows = sheet(as("lead1", get("/monitoring/reports/" + rid + ".xlsx"), 200));

		assertThat(rows.get(0)).first().isEqualTo("项目支出绩效目标执行监控表");
		assertThat(rows.get(1)).first().isEqualTo("2023年1—6月");
		assertThat(rows).anySatisfy(r -> assertThat(r).containsSubsequence("项目名称", "保洁用品项目", "主管部门",
				"库尔勒经济技术开发区管理委员会"));
		assertThat(rows).anySatisfy(r -> assertThat(r).containsSubsequence("实施单位", "监控期间", "2023年1—6月"));
		assertThat(rows).anySatisfy(r -> assertThat(r).containsSubsequence("项目资金（万元）", "年初预算数", "调整后预算数",
				"截至期末执行数", "执行率", "序时进度"));
		assertThat(rows).anySatisfy(r -> assertThat(r).containsSubsequence("年度资金总额", "3.00", "3.50", "0.50",
				"14.29%", "50.00%"));
		assertThat(rows).anySatisfy(r -> assertThat(r).containsSubsequence("其中：财政拨款", "2.00", "2.00", "0.40",
				"20.00%", "50.00%"));
		assertThat(rows).anySatisfy(r -> assertThat(r).containsSubsequence("其他资金", "1.00", "1.50", "0.10",
				"6.67%", "50.00%"));
		assertThat(rows).anySatisfy(r -> assertThat(r).containsSubsequence("年度总体目标"));
		assertThat(rows).anySatisfy(r -> assertThat(r).containsSubsequence("截至期末完成情况", "采购按计划推进"));
		assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("一级指标", "二级指标", "三级指标", "年度指标值",
				"截至期末完成值", "全年预计完成值", "偏差原因", "完成目标可能性", "原因说明", "纠偏措施"));
		assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("产出指标", "数量指标", "购置低值易耗品次数",
				">=2 批次", "过半", "1批次", "经费保障", "有可能", "供应商延迟供货", "更换供应商"));
		assertThat(rows).anySatisfy(r -> assertThat(r).containsSubsequence("是否重点监控", "否"));
		assertThat(rows).anySatisfy(r -> assertThat(r).first().isEqualTo("整改要求"));
		assertThat(rows).anySatisfy(r -> assertThat(r).first().isEqualTo("整改结果"));

		byte[] pdf = as("lead1", get("/monitoring/reports/" + rid + ".pdf"), 200);
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}

	/** Statements of one request as a signed-in user (the session's user is not read again). */
	int statements(String username, MockHttpServletRequestBuilder request) throws Exception {
		var user = user(accounts.loadUserByUsername(username));
		StatementCounter.start();
		int status = mvc.perform(request.with(user)).andReturn().getResponse().getStatus();
		int count = StatementCounter.stop();
		assertThat(status).isEqualTo(200);
		return count;
	}

	@Test
	void theOverviewAndAReportReadInTheSameStatementsWhateverTheirSize() throws Exception {
		long table = api.approved(2025);
		long small = api.openRound(2025, "1-4").get("id").asLong();
		for (int i = 0; i < 3; i++) {
			api.approved(2025);
		}
		long large = api.openRound(2025, "1-6").get("id").asLong();
		assertThat(api.read(api.getAs("finance1", "/api/v1/monitoring/rounds/" + large)).get("reports").asLong())
			.isGreaterThanOrEqualTo(api.read(api.getAs("finance1", "/api/v1/monitoring/rounds/" + small))
				.get("reports").asLong() + 3);

		int smallOverview = statements("finance1", get("/api/v1/monitoring/rounds/" + small));
		assertThat(statements("finance1", get("/api/v1/monitoring/rounds/" + large))).isEqualTo(smallOverview)
			.isLessThanOrEqualTo(3);
		assertThat(statements("finance1", get("/monitoring/rounds/" + large))).isLessThanOrEqualTo(6);
		long rid = api.reportOf(table);
		assertThat(statements("lead1", get("/api/v1/monitoring/" + rid))).isLessThanOrEqualTo(4);
	}

	@Test
	void financeSeesTheRoundPerDepartmentWithItsChartAndWorkbook() throws Exception {
		long table = api.approved(2021);
		long round = api.openRound(2021, "1-10").get("id").asLong();
		long rid = api.reportOf(table);
		api.fill(rid, api.filling(rid, "0.50", ">=2批次", "确定能", null, null)).andExpect(status().isOk());

		String overview = page("finance1", "/monitoring/rounds/" + round);
		assertThat(overview).contains("库尔勒经济技术开发区管理委员会").contains("id=\"round-chart\"")
			.contains("/webjars/echarts/5.3.1/dist/echarts.min.js").contains("/js/stacked-chart.js")
			.doesNotContain("<script>");
		assertThat(page("finance1", "/monitoring")).contains("/monitoring/rounds/" + round);
		// administrators open rounds too, and hold no monitoring task of their own
		assertThat(page("admin", "/monitoring")).contains("/monitoring/rounds/" + round).contains("name=\"dueDate\"");
		as("finance1", get("/webjars/echarts/5.3.1/dist/echarts.min.js"), 200);

		var counts = api.read(api.getAs("finance1", "/api/v1/monitoring/rounds/" + round));
		List<List<String>> rows = sheet(as("finance1", get("/monitoring/rounds/" + round + ".xlsx"), 200));
		assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("主管部门", "监控表", "已提交", "逾期未报", "红灯",
				"黄灯", "绿灯", "未填报"));
		assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("合计", counts.get("reports").asString(),
				counts.get("submitted").asString(), counts.get("overdue").asString(),
				counts.get("byLight").get("RED").asString(), counts.get("byLight").get("YELLOW").asString(),
				counts.get("byLight").get("GREEN").asString(),
				String.valueOf(counts.get("reports").asLong() - counts.get("byLight").get("RED").asLong()
						- counts.get("byLight").get("YELLOW").asLong() - counts.get("byLight").get("GREEN").asLong())));
		assertThat(counts.get("byLight").get("RED").asLong()).isPositive();
		assertThat(counts.get("departments").get(0).get("name").asString()).isEqualTo("库尔勒经济技术开发区管理委员会");
	}

	@Test
	void monitoringTasksShowOnTheTaskListInASectionOfTheirOwn() throws Exception {
		long table = api.approved(2025);
		api.openRound(2025, "1-7");
		long rid = api.reportOf(table);
		String link = "href=\"/monitoring/reports/" + rid + "\"";

		String unit = page("lead1", "/tasks");
		assertThat(unit).contains("运行监控任务").contains(link);
		assertThat(unit.substring(unit.indexOf(link))).contains("单位填报");
		assertThat(page("lead1", "/tasks?q=保洁")).doesNotContain("运行监控任务");
		// the API's task list keeps its shape: review tasks only
		assertThat(api.read(api.getAs("lead1", "/api/v1/tasks"))).noneSatisfy(t -> assertThat(t.has("reportId")).isTrue());

		api.submitGreen(rid);
		assertThat(page("lead1", "/tasks")).doesNotContain(link);
		String department = page("deptrev1", "/tasks");
		assertThat(department.substring(department.indexOf(link))).contains("主管部门审核");
		assertThat(page("admin", "/tasks")).doesNotContain("运行监控任务");
	}

	@Test
	void theReportShowsWhatChangedSinceThePreviousPeriodOfTheYear() throws Exception {
		long table = api.approved(2027);
		api.openRound(2027, "1-7");
		long july = api.reportOf(table);
		api.submitGreen(july);
		api.openRound(2027, "1-10");
		long october = api.read(api.getAs("lead1", "/api/v1/tables/" + table + "/monitoring")).get(1).get("id").asLong();
		api.fill(october, api.filling(october, "2.80", "1批次", "有可能", "供应商延迟供货", "更换供应商"))
			.andExpect(status().isOk());

		String page = page("deptrev1", "/monitoring/reports/" + october);
		String card = page.substring(page.indexOf("period-comparison"), page.indexOf("</table>", page.indexOf("period-comparison")));
		assertThat(card).contains("与上期（1—7月）监控表比较").contains("href=\"/monitoring/reports/" + july + "\"")
			.contains("监控表信号灯：上期 绿灯，本期 黄灯").contains("购置低值易耗品次数").contains("&gt;=2批次 → 1批次")
			.contains("确定能 → 有可能").doesNotContain("每次采购成本控制数");
		assertThat(page("lead1", "/monitoring/reports/" + july)).doesNotContain("period-comparison");
	}

	@Test
	void financeSetsAYearsToleranceOnItsPageAndTheChangeIsAudited() throws Exception {
		assertThat(page("finance1", "/monitoring")).contains("href=\"/monitoring/rules\"");
		assertThat(page("finance1", "/monitoring/rules")).contains("默认容差 10 个百分点").contains("name=\"tolerance\"");
		as("lead1", get("/monitoring/rules"), 403);
		as("lead1", post("/monitoring/rules").with(csrf()).param("year", "2030").param("tolerance", "1"), 403);

		as("finance1", post("/monitoring/rules").with(csrf()).param("year", "2030").param("tolerance", "7.5"), 302);
		as("admin", post("/monitoring/rules").with(csrf()).param("year", "2030").param("tolerance", "6"), 302);
		var refused = mvc.perform(post("/monitoring/rules").with(csrf()).param("year", "2030").param("tolerance", "120")
			.with(user(accounts.loadUserByUsername("finance1")))).andReturn().getFlashMap();
		assertThat(refused.get("flashError")).isEqualTo("容差须为 0 到 100 之间的数（个百分点），最多两位小数。");

		String rules = page("finance1", "/monitoring/rules");
		assertThat(rules.substring(rules.indexOf("<tbody>"))).contains("2030").contains(">6<").doesNotContain("7.5");
		String audit = page("admin", "/admin/audit?action=MONITOR_RULE");
		assertThat(audit).contains("修改监控容差").contains("原容差（个百分点）").contains("7.5");
	}
}
