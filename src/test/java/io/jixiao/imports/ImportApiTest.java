package io.jixiao.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import io.jixiao.organizations.Account;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/import} through the real security: who may import, where tables land, what is refused. */
@ProductTest
class ImportApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ImportSlots slots;

	@Autowired
	UserDetailsService users;

	Account account(String username) {
		return (Account) users.loadUserByUsername(username);
	}

	int tableCount() {
		return jdbc.queryForObject("select count(*) from target_tables", Integer.class);
	}

	ResultActions postText(String user, String dryRun, String text) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/v1/import").param("dryRun", dryRun)
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.content(text.getBytes(StandardCharsets.UTF_8));
		return mvc.perform(user == null ? request : request.with(httpBasic(user, "demo12345")));
	}

	JsonNode body(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void previewOfADisclosureDocumentListsTablesInSourceOrderAndStoresNothing() throws Exception {
		int before = tableCount();
		JsonNode result = body(postText("lead1", "true", Seeds.text(Seeds.S001)).andExpect(status().isOk()));

		assertThat(result.get("tables")).hasSize(9);
		JsonNode cleaning = result.get("tables").get(1);
		assertThat(cleaning.get("projectName").asString()).isEqualTo("保洁用品项目");
		assertThat(cleaning.get("budgetUnit").asString()).isEqualTo("库尔勒经济技术开发区管理委员会党政办公室");
		assertThat(cleaning.get("year").asInt()).isEqualTo(2024);
		assertThat(cleaning.get("totalFunds").decimalValue()).isEqualByComparingTo("3");
		assertThat(cleaning.get("fiscalFunds").decimalValue()).isEqualByComparingTo("3");
		assertThat(cleaning.get("otherFunds").decimalValue()).isEqualByComparingTo("0");
		assertThat(cleaning.get("overallGoal").asString()).endsWith("卫生。");
		assertThat(cleaning.get("id").isNull()).isTrue();
		JsonNode cost = cleaning.get("indicators").get(5);
		assertThat(cost.get("level1").asString()).isEqualTo("成本指标");
		assertThat(cost.get("value").asString()).isEqualTo("<=1.50 万元");
		assertThat(cost.get("operator").asString()).isEqualTo("LE");
		assertThat(result.get("warnings")).anySatisfy(w -> {
			assertThat(w.get("table").asInt()).isEqualTo(3);
			assertThat(w.get("line").asInt()).isEqualTo(597);
			assertThat(w.get("message").asString()).contains("分隔线");
		});
		assertThat(result.get("errors")).isEmpty();
		assertThat(tableCount()).isEqualTo(before);
	}

	@Test
	void leadSavesEveryTableAsADraftOfOwnUnitInOneGo() throws Exception {
		int before = tableCount();
		JsonNode result = body(postText("lead1", "false", Seeds.text(Seeds.S001)).andExpect(status().isOk()));

		assertThat(result.get("saved").asBoolean()).isTrue();
		assertThat(tableCount()).isEqualTo(before + 9);
		long id = result.get("tables").get(2).get("id").asLong();
		JsonNode stored = body(mvc.perform(get("/api/v1/tables/" + id).with(httpBasic("lead1", "demo12345")))
			.andExpect(status().isOk()));
		assertThat(stored.get("status").asString()).isEqualTo("DRAFT");
		assertThat(stored.get("projectName").asString()).isEqualTo("大楼维修项目");
		assertThat(stored.get("unitName").asString()).isEqualTo("库尔勒经济技术开发区管理委员会党政办公室");
		assertThat(stored.get("indicators")).hasSize(13);
		assertThat(stored.get("indicators").get(12).get("name").asString()).isEqualTo("受益群体满意度");
		long unitId = result.get("tables").get(0).get("id").asLong();
		JsonNode unit = body(mvc.perform(get("/api/v1/tables/" + unitId).with(httpBasic("lead1", "demo12345"))));
		assertThat(unit.get("kind").asString()).isEqualTo("UNIT");
		assertThat(unit.get("fiscalLocal").decimalValue()).isEqualByComparingTo("1307.84");
	}

	@Test
	void secondLeadsImportsLandInTheSecondLeadsUnit() throws Exception {
		JsonNode result = body(postText("lead2", "false", Seeds.text(Seeds.S003)).andExpect(status().isOk()));

		assertThat(result.get("tables")).hasSize(4);
		assertThat(result.get("warnings")).noneSatisfy(w -> assertThat(w.get("message").asString()).contains("您的单位"));
		for (JsonNode table : result.get("tables")) {
			JsonNode stored = body(mvc.perform(get("/api/v1/tables/" + table.get("id").asLong())
				.with(httpBasic("lead2", "demo12345"))).andExpect(status().isOk()));
			assertThat(stored.get("unitName").asString()).isEqualTo("库尔勒经济技术开发区政务服务中心");
		}
		mvc.perform(get("/api/v1/tables/" + result.get("tables").get(1).get("id").asLong())
			.with(httpBasic("lead1", "demo12345"))).andExpect(status().isForbidden());
	}

	@Test
	void aDocumentOfAnotherUnitIsImportedIntoTheLeadsUnitWithAWarningPerTable() throws Exception {
		JsonNode result = body(postText("lead1", "true", Seeds.text(Seeds.S002)).andExpect(status().isOk()));

		assertThat(result.get("warnings")).filteredOn(w -> w.get("message").asString().contains("与您的单位"))
			.hasSize(4)
			.first()
			.satisfies(w -> assertThat(w.get("message").asString())
				.isEqualTo("文件中的预算单位为「库尔勒市人民政府办公室」，与您的单位「库尔勒经济技术开发区管理委员会党政办公室」不同；导入后归入您的单位，请核对。"));
	}

	@Test
	void rowsPastedWithoutTheirTableAreReadInTheUsualColumnsAndTakeTheGivenYear() throws Exception {
		String rows = "产出指标\t数量指标\t购置低值易耗品次数\t>=2 批次\t计划标准\t-\t10\t按照完成比例赋分\t原始凭证\n"
				+ "\t质量指标\t低值易耗品验收合格率\t>=95 %\t计划标准\t-\t5\t按照完成比例赋分\t原始凭证\n"
				+ "满意度指标\t满意度指标\t工作人员满意度\t>=95 %\t计划标准\t-\t10\t满意度赋分\t工作资料\n";
		JsonNode result = body(mvc.perform(post("/api/v1/import").param("dryRun", "true").param("year", "2026")
			.contentType("text/plain;charset=UTF-8").content(rows.getBytes(StandardCharsets.UTF_8))
			.with(httpBasic("lead1", "demo12345"))).andExpect(status().isOk()));

		assertThat(result.get("errors")).isEmpty();
		JsonNode table = result.get("tables").get(0);
		assertThat(table.get("year").asInt()).isEqualTo(2026);
		assertThat(table.get("indicators")).hasSize(3);
		assertThat(table.get("indicators").get(1).get("level1").asString()).isEqualTo("产出指标");
		assertThat(table.get("indicators").get(1).get("weight").decimalValue()).isEqualByComparingTo("5");
		assertThat(result.get("warnings").toString()).contains("只导入了指标行").contains("按所填的 2026 年处理");
	}

	@Test
	void anonymousCallsAreRefusedWith401() throws Exception {
		postText(null, "true", Seeds.text(Seeds.S002)).andExpect(status().isUnauthorized());
	}

	@Test
	void adminMayPreviewButNotSaveAndReviewersMayNotImport() throws Exception {
		int before = tableCount();
		body(postText("admin", "true", Seeds.text(Seeds.S002)).andExpect(status().isOk()));
		JsonNode refused = body(postText("admin", "false", Seeds.text(Seeds.S002)).andExpect(status().isForbidden()));
		assertThat(refused.get("message").asString()).contains("管理员不属于任何预算单位");
		postText("finance1", "true", Seeds.text(Seeds.S002)).andExpect(status().isForbidden());
		assertThat(tableCount()).isEqualTo(before);
	}

	@Test
	void anImportWithAnErrorSavesNoTableAtAll() throws Exception {
		int before = tableCount();
		// the second table has no year anywhere: an error, so the first, good one is not saved either
		String text = Seeds.text(Seeds.S002).replace("(2023 年)", "").replace("2023 年部门预算公开", "部门预算公开");
		JsonNode result = body(postText("lead1", "false", text).andExpect(status().isUnprocessableContent()));

		assertThat(result.get("saved").asBoolean()).isFalse();
		assertThat(result.get("message").asString()).contains("未保存任何表");
		assertThat(result.get("errors")).isNotEmpty().allSatisfy(e -> assertThat(e.get("message").asString())
			.contains("未能确定本表的年度"));
		assertThat(tableCount()).isEqualTo(before);
	}

	@Test
	void aTextFileIsUploadedAsMultipartAndAGbkFileIsReadWithAWarning() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "004.txt", "text/plain",
				Seeds.text(Seeds.S004).getBytes(Charset.forName("GBK")));
		JsonNode result = body(mvc.perform(multipart("/api/v1/import").file(file).param("dryRun", "true")
			.with(httpBasic("lead1", "demo12345"))).andExpect(status().isOk()));

		assertThat(result.get("tables")).hasSize(30);
		assertThat(result.get("warnings").get(0).get("message").asString()).contains("已按 GBK 编码读取");
	}

	@Test
	void otherMediaTypesAndTooLargeBodiesAreRefusedInChinese() throws Exception {
		JsonNode media = body(mvc.perform(post("/api/v1/import").contentType(MediaType.APPLICATION_JSON).content("{}")
			.with(httpBasic("lead1", "demo12345"))).andExpect(status().isUnsupportedMediaType()));
		assertThat(media.get("message").asString()).contains("text/plain");
		byte[] big = new byte[ImportApiController.MAX_BYTES + 10];
		java.util.Arrays.fill(big, (byte) 'a');
		JsonNode large = body(mvc.perform(post("/api/v1/import").contentType(MediaType.TEXT_PLAIN).content(big)
			.with(httpBasic("lead1", "demo12345"))).andExpect(status().isContentTooLarge()));
		assertThat(large.get("message").asString()).contains("5 MB");
	}

	@Test
	void aWorkbookWith780000SharedStringsIsRefusedWith413NamingTheLimit() throws Exception {
		JsonNode refused = body(mvc.perform(multipart("/api/v1/import")
			.file(new MockMultipartFile("file", "strings.xlsx", null, Workbooks.manyStrings(780_000)))
			.with(httpBasic("lead1", "demo12345"))).andExpect(status().isContentTooLarge()));

		assertThat(refused.get("error").asString()).isEqualTo("too_large");
		assertThat(refused.get("message").asString()).isEqualTo(
				"「strings.xlsx」的不同文字（共享字符串）超过每个工作簿 50000 个的上限，已拒绝，请拆分为多个工作簿后再导入。");
	}

	@Test
	void aThirdImportOfOneUserAtOnceIsRefusedWith429NamingTheLimit() throws Exception {
		Account lead = account("lead1");
		try (ImportSlots.Slot first = slots.take(lead); ImportSlots.Slot second = slots.take(lead)) {
			JsonNode busy = body(postText("lead1", "true", Seeds.text(Seeds.S002)).andExpect(status().isTooManyRequests()));

			assertThat(busy.get("error").asString()).isEqualTo("too_many_requests");
			assertThat(busy.get("message").asString()).isEqualTo("您同时进行的导入已达 2 个的上限，请等已开始的导入完成后再试。");
		}
		postText("lead1", "true", Seeds.text(Seeds.S002)).andExpect(status().isOk());
	}

	@Test
	void aFifthImportOnOneNodeAtOnceIsRefusedWith429NamingTheLimit() throws Exception {
		try (ImportSlots.Slot a = slots.take(account("lead2")); ImportSlots.Slot b = slots.take(account("lead2"));
				ImportSlots.Slot c = slots.take(account("admin")); ImportSlots.Slot d = slots.take(account("admin"))) {
			JsonNode busy = body(postText("lead1", "true", Seeds.text(Seeds.S002)).andExpect(status().isTooManyRequests()));

			assertThat(busy.get("message").asString()).isEqualTo("本服务器同时进行的导入已达 4 个的上限，请稍后再试。");
		}
		postText("lead1", "true", Seeds.text(Seeds.S002)).andExpect(status().isOk());
	}
}
