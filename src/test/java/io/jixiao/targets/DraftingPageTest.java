package io.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import io.jixiao.checks.TableKind;
import io.jixiao.organizations.Account;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The drafting pages with the real security: list, form, row actions, saving, conflicts and access. */
@ProductTest
class DraftingPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	TableService tables;

	Account account(String username) {
		return (Account) accounts.loadUserByUsername(username);
	}

	TargetTable draftOfLead1() {
		List<Indicator> rows = List.of(
				new Indicator("产出指标", "数量指标", "购置低值易耗品次数", ">=2 批次", "计划标准", "-", new BigDecimal("40"),
						"按照完成比例赋分", "原始凭证", null),
				new Indicator("成本指标", "经济成本指标", "每次采购成本控制数", "<=1.50 万元", "计划标准", "-",
						new BigDecimal("20"), "按照完成比例赋分", "原始凭证", null),
				new Indicator("效益指标", "社会效益指标", "提升营商环境", "有所提升", "计划标准", "-", new BigDecimal("20"),
						"按评判等级赋分", "工作资料", null),
				new Indicator("满意度指标", "满意度指标", "工作人员满意度", ">=95 %", "计划标准", "-", new BigDecimal("10"),
						"满意度赋分", "工作资料", null));
		TableContent content = new TableContent("页面测试项目", "徐晶", "库尔勒经济技术开发区管理委员会党政办公室", null, null,
				null, new BigDecimal("3"), new BigDecimal("3"), BigDecimal.ZERO, null, null, "保障办公环境整洁。", false, null,
				rows);
		return tables.create(account("lead1"), TableKind.PROJECT, 2026, content);
	}

	/** The form as the browser posts it, rows included. */
	MockHttpServletRequestBuilder formPost(String path, TargetTable table, String projectName) {
		return formPost(path, table, projectName, Map.of());
	}

	MockHttpServletRequestBuilder formPost(String path, TargetTable table, String projectName,
			Map<String, String> changed) {
		Map<String, String> header = new LinkedHashMap<>();
		header.put("version", String.valueOf(table.getVersion()));
		header.put("kind", "PROJECT");
		header.put("year", "2026");
		header.put("projectName", projectName);
		header.put("projectLead", "徐晶");
		header.put("implementingUnit", table.getImplementingUnit());
		header.put("totalFunds", "3");
		header.put("fiscalFunds", "3");
		header.put("otherFunds", "0");
		header.put("overallGoal", table.getOverallGoal());
		header.putAll(changed);
		MockHttpServletRequestBuilder request = post(path).with(csrf()).with(user(account("lead1")));
		header.forEach(request::param);
		List<Indicator> rows = table.getIndicators();
		for (int i = 0; i < rows.size(); i++) {
			Indicator row = rows.get(i);
			String prefix = "indicators[" + i + "].";
			request.param(prefix + "levels", row.getLevel1() + "|" + row.getLevel2())
				.param(prefix + "name", row.getName())
				.param(prefix + "value", row.getValue())
				.param(prefix + "basis", row.getBasis())
				.param(prefix + "lastYearValue", row.getLastYearValue())
				.param(prefix + "weight", row.getWeight().toPlainString())
				.param(prefix + "scoringRule", row.getScoringRule())
				.param(prefix + "evidence", row.getEvidence());
		}
		return request;
	}

	@Test
	void listShowsTheLeadsOwnTablesOnly() throws Exception {
		draftOfLead1();
		mvc.perform(get("/tables").with(user(account("lead1")))).andExpect(status().isOk())
			.andExpect(content().string(containsString("页面测试项目")))
			.andExpect(content().string(containsString("草稿")));
		mvc.perform(get("/tables").with(user(account("lead2")))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("页面测试项目"))));
	}

	@Test
	void savingKeepsEveryRowInOrderAndRedirects() throws Exception {
		TargetTable table = draftOfLead1();

		mvc.perform(formPost("/tables/" + table.getId(), table, "页面测试项目（已改）").param("action", "save"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/tables/" + table.getId() + "/edit"));

		TargetTable saved = tables.get(account("lead1"), table.getId());
		assertThat(saved.getProjectName()).isEqualTo("页面测试项目（已改）");
		assertThat(saved.getIndicators()).extracting(Indicator::getName)
			.containsExactly("购置低值易耗品次数", "每次采购成本控制数", "提升营商环境", "工作人员满意度");
		assertThat(saved.getVersion()).isEqualTo(table.getVersion() + 1);
	}

	@Test
	void rowActionsChangeTheFormButSaveNothing() throws Exception {
		TargetTable table = draftOfLead1();

		mvc.perform(formPost("/tables/" + table.getId(), table, "页面测试项目").param("action", "add:产出指标|质量指标"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("indicators[4].name")));
		mvc.perform(formPost("/tables/" + table.getId(), table, "页面测试项目").param("action", "remove:0"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("indicators[3].name"))));

		assertThat(tables.get(account("lead1"), table.getId()).getIndicators()).hasSize(4);
	}

	@Test
	void newFormAddsARowToTheChosenGroup() throws Exception {
		mvc.perform(post("/tables/new").with(csrf()).with(user(account("lead1"))).param("kind", "PROJECT")
			.param("year", "2026").param("indicators[0].levels", "产出指标|数量指标")
			.param("indicators[0].name", "第一行").param("action", "addSelected")
			.param("newRowLevels", "产出指标|质量指标"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第一行")))
			.andExpect(content().string(containsString("indicators[1].name")));
	}

	@Test
	void staleFormIsAConflictThatKeepsWhatTheUserTyped() throws Exception {
		TargetTable table = draftOfLead1();
		mvc.perform(formPost("/tables/" + table.getId(), table, "第一位编辑者的名称").param("action", "save"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(formPost("/tables/" + table.getId(), table, "第二位编辑者的名称").param("action", "save"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已被他人修改")))
			.andExpect(content().string(containsString("第二位编辑者的名称")));

		assertThat(tables.get(account("lead1"), table.getId()).getProjectName()).isEqualTo("第一位编辑者的名称");
	}

	@Test
	void formShowsFundErrorBesideTheForm() throws Exception {
		TargetTable table = draftOfLead1();

		mvc.perform(formPost("/tables/" + table.getId(), table, "页面测试项目", Map.of("fiscalFunds", "2"))
			.param("action", "check"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("R02")))
			.andExpect(content().string(containsString("财政拨款 2.00 万元")));
	}

	@Test
	void badNumberGetsAChineseMessageAndNothingIsSaved() throws Exception {
		TargetTable table = draftOfLead1();

		mvc.perform(formPost("/tables/" + table.getId(), table, "不应保存", Map.of("totalFunds", "三万"))
			.param("action", "save"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入数字")));

		assertThat(tables.get(account("lead1"), table.getId()).getProjectName()).isEqualTo("页面测试项目");
	}

	@Test
	void anotherUnitsLeadCannotOpenOrChangeTheTable() throws Exception {
		TargetTable table = draftOfLead1();

		mvc.perform(get("/tables/" + table.getId()).with(user(account("lead2")))).andExpect(status().isForbidden());
		mvc.perform(get("/tables/" + table.getId() + "/edit").with(user(account("lead2"))))
			.andExpect(status().isForbidden());
		mvc.perform(formPost("/tables/" + table.getId(), table, "别人改的").with(user(account("lead2")))
			.param("action", "save")).andExpect(status().isForbidden());

		assertThat(tables.get(account("lead1"), table.getId()).getProjectName()).isEqualTo("页面测试项目");
	}

	@Test
	void formWithoutCsrfTokenIsRefused() throws Exception {
		TargetTable table = draftOfLead1();

		mvc.perform(post("/tables/" + table.getId()).with(user(account("lead1"))).param("projectName", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void copyingMakesANewDraftForTheNextYear() throws Exception {
		TargetTable table = draftOfLead1();

		mvc.perform(post("/tables/" + table.getId() + "/copy").with(csrf()).with(user(account("lead1")))
			.param("year", "2027")).andExpect(status().is3xxRedirection());

		TargetTable copy = tables.list(account("lead1"), 2027, TableStatus.DRAFT, 0, 50).getContent().stream()
			.filter(t -> table.getId().equals(t.getCopiedFromId())).findFirst().orElseThrow();
		assertThat(copy.getIndicators()).hasSize(4);
		assertThat(copy.getIndicators()).allSatisfy(row -> assertThat(row.getLastYearValue()).isNull());
	}

	/** The grid's unsaved content as the checks endpoint takes it: the saved table with funds reading 3 = 2 + 0. */
	static final String UNSAVED_CONTENT = """
			{"kind": "PROJECT", "year": 2026, "projectName": "页面测试项目", "projectLead": "徐晶", "totalFunds": "3",
			 "fiscalFunds": "2", "otherFunds": "0", "overallGoal": "保障办公环境整洁。",
			 "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "购置低值易耗品次数", "value": ">=2 批次",
			                 "weight": "90"}]}""";

	@Test
	void gridChecksUnsavedContentWithoutSavingIt() throws Exception {
		TargetTable table = draftOfLead1();

		mvc.perform(post("/tables/" + table.getId() + "/checks").with(csrf()).with(user(account("lead1")))
			.contentType("application/json").content(UNSAVED_CONTENT))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"rule\":\"R02\"")))
			.andExpect(content().string(containsString("2.00")));
		mvc.perform(post("/tables/new/checks").with(csrf()).with(user(account("lead1")))
			.contentType("application/json").content(UNSAVED_CONTENT))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"rule\":\"R02\"")));

		TargetTable stored = tables.get(account("lead1"), table.getId());
		assertThat(stored.getVersion()).isEqualTo(table.getVersion());
		assertThat(stored.getIndicators()).hasSize(4);
	}

	@Test
	void gridChecksAreForThoseWhoMaySeeTheTableAndNeedTheToken() throws Exception {
		TargetTable table = draftOfLead1();

		mvc.perform(post("/tables/" + table.getId() + "/checks").with(csrf()).with(user(account("lead2")))
			.contentType("application/json").content(UNSAVED_CONTENT)).andExpect(status().isForbidden());
		mvc.perform(post("/tables/" + table.getId() + "/checks").with(user(account("lead1")))
			.contentType("application/json").content(UNSAVED_CONTENT)).andExpect(status().isForbidden());
	}

	@Test
	void editPageCarriesTheRowsForTheGridAndItsScriptFromTheProduct() throws Exception {
		TargetTable table = draftOfLead1();

		mvc.perform(get("/tables/" + table.getId() + "/edit").with(user(account("lead1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-rows=\"[{&quot;basis&quot;:&quot;计划标准&quot;")))
			.andExpect(content().string(containsString("&quot;name&quot;:&quot;购置低值易耗品次数&quot;")))
			.andExpect(content().string(containsString("/webjars/tabulator-tables/6.3.1/dist/js/tabulator.min.js")))
			// the rows stay readable and editable without scripts
			.andExpect(content().string(containsString("indicators[3].name")));
		mvc.perform(get("/webjars/tabulator-tables/6.3.1/dist/js/tabulator.min.js").with(user(account("lead1"))))
			.andExpect(status().isOk());
	}
}
