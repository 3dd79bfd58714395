package io.jixiao.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import io.jixiao.organizations.Account;
import io.jixiao.system.Downloads;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The import pages: preview in the background, save, downloads, and the export that imports back unchanged. */
@ProductTest
class ImportPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ImportSlots slots;

	Account account(String username) {
		return (Account) users.loadUserByUsername(username);
	}

	int tableCount() {
		return jdbc.queryForObject("select count(*) from target_tables", Integer.class);
	}

	String startPreview(Account account, String text) throws Exception {
		String location = mvc.perform(post("/imports").param("text", text).with(user(account)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/imports/jobs/");
		return location;
	}

	JsonNode waitUntilDone(Account account, String job) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (true) {
			JsonNode progress = json.readTree(mvc.perform(get(job + "/progress").with(user(account)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
			if (!progress.get("running").asBoolean() || System.nanoTime() > deadline) {
				return progress;
			}
			Thread.sleep(100);
		}
	}

	@Test
	void aLeadPreviewsPastedTextInTheBackgroundThenSavesEveryTable() throws Exception {
		Account lead = account("lead1");
		int before = tableCount();
		String job = startPreview(lead, Seeds.text(Seeds.S002));

		assertThat(waitUntilDone(lead, job).get("state").asString()).isEqualTo("READY");
		mvc.perform(get(job).with(user(lead))).andExpect(status().isOk())
			.andExpect(content().string(containsString("读到 4 张表")))
			.andExpect(content().string(containsString("部门专项—政府办公室业务经费")))
			.andExpect(content().string(containsString("表头缺少「其他资金」")))
			.andExpect(content().string(containsString("保存这 4 张表为草稿")));
		assertThat(tableCount()).isEqualTo(before);

		mvc.perform(post(job + "/save").with(user(lead)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(waitUntilDone(lead, job).get("state").asString()).isEqualTo("SAVED");
		assertThat(tableCount()).isEqualTo(before + 4);
		mvc.perform(get(job).with(user(lead))).andExpect(content().string(containsString("已保存 4 张表为草稿")));
	}

	@Test
	void anotherUserCannotSeeAnImportAndAPreviewWithErrorsCannotBeSaved() throws Exception {
		Account lead = account("lead1");
		String job = startPreview(lead, "项目支出绩效目标表\n预算单位\t某单位\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t次数\t=1次\n");
		waitUntilDone(lead, job);

		mvc.perform(get(job).with(user(account("lead2")))).andExpect(status().isNotFound());
		mvc.perform(get(job).with(user(lead))).andExpect(content().string(containsString("未能确定本表的年度")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"save-import\""))));
		mvc.perform(post(job + "/save").with(user(lead)).with(csrf())).andExpect(status().isConflict());
	}

	@Test
	void aRunningImportWhoseNodeStoppedShowsAsFailedRatherThanRunningForever() throws Exception {
		Account lead = account("lead1");
		String job = startPreview(lead, Seeds.text(Seeds.S002));
		waitUntilDone(lead, job);
		String id = job.substring(job.lastIndexOf('/') + 1);
		jdbc.update("update import_jobs set state = 'READING', updated_at = ? where id = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minus(ImportJobStore.STALE).minusSeconds(60)), id);

		JsonNode progress = waitUntilDone(lead, job);
		assertThat(progress.get("state").asString()).isEqualTo("FAILED");
		assertThat(progress.get("running").asBoolean()).isFalse();
		mvc.perform(get(job).with(user(lead))).andExpect(content().string(containsString("运行该导入的服务器已停止")));
	}

	@Test
	void templatesDownloadAsWorkbooksWithTheirInstructions() throws Exception {
		byte[] single = mvc.perform(get("/imports/template.xlsx").param("kind", "UNIT").with(user(account("lead2"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(single))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("填表说明");
			assertThat(workbook.getSheetAt(1).getRow(1).getCell(1).getStringCellValue()).isEqualTo("单位整体绩效目标表");
			assertThat(workbook.getSheetAt(1).getRow(3).getCell(1).getStringCellValue())
				.isEqualTo("库尔勒经济技术开发区政务服务中心");
		}
		byte[] batch = mvc.perform(get("/imports/template-batch.xlsx").with(user(account("lead1"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(batch))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
		}
		mvc.perform(get("/api/v1/import/template.xlsx").with(httpBasic("lead1", "demo12345"))).andExpect(status().isOk())
			.andExpect(content().contentType(Downloads.XLSX));
	}

	@Test
	void aStoredTableExportedToTheTemplateImportsBackAsTheSameTable() throws Exception {
		JsonNode saved = json.readTree(mvc.perform(post("/api/v1/import").param("dryRun", "false")
			.contentType("text/plain;charset=UTF-8").content(Seeds.text(Seeds.S001).getBytes(StandardCharsets.UTF_8))
			.with(httpBasic("lead1", "demo12345"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		for (int t : new int[] { 0, 2, 3 }) {
			long id = saved.get("tables").get(t).get("id").asLong();
			JsonNode stored = json.readTree(mvc.perform(get("/api/v1/tables/" + id).with(httpBasic("lead1", "demo12345")))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
			byte[] workbook = mvc.perform(get("/imports/tables/" + id + ".xlsx").with(user(account("lead1"))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

			JsonNode back = json.readTree(mvc.perform(multipart("/api/v1/import")
				.file(new MockMultipartFile("file", "export.xlsx", null, workbook)).param("dryRun", "true")
				.with(httpBasic("lead1", "demo12345"))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8));

			assertThat(back.get("errors")).isEmpty();
			JsonNode table = back.get("tables").get(0);
			assertThat(table.get("kind").asString()).isEqualTo(stored.get("kind").asString());
			assertThat(table.get("year").asInt()).isEqualTo(stored.get("year").asInt());
			for (String field : new String[] { "projectName", "projectLead", "overallGoal", "contactPerson",
					"contactPhone" }) {
				assertThat(table.get(field)).as(field).isEqualTo(stored.get(field));
			}
			for (String money : new String[] { "totalFunds", "fiscalFunds", "otherFunds", "fiscalUpper", "fiscalLocal" }) {
				if (stored.get(money).isNull()) {
					assertThat(table.get(money).isNull()).as(money).isTrue();
				}
				else {
					assertThat(table.get(money).decimalValue()).as(money).isEqualByComparingTo(stored.get(money).decimalValue());
				}
			}
			assertThat(table.get("budgetUnit").asString()).isEqualTo(stored.get("unitName").asString());
			assertThat(table.get("indicators")).hasSameSizeAs(stored.get("indicators"));
			for (int i = 0; i < stored.get("indicators").size(); i++) {
				JsonNode a = stored.get("indicators").get(i);
				JsonNode b = table.get("indicators").get(i);
				for (String field : new String[] { "level1", "level2", "name", "value", "basis", "lastYearValue",
						"scoringRule", "evidence" }) {
					assertThat(b.get(field)).as(field + " of row " + i).isEqualTo(a.get(field));
				}
				assertThat(b.get("weight").decimalValue()).isEqualByComparingTo(a.get("weight").decimalValue());
			}
		}
	}

	@Test
	void theTablesListLinksToTheImportPage() throws Exception {
		mvc.perform(get("/tables").with(user(account("lead1")))).andExpect(content().string(containsString("href=\"/imports\"")));
		mvc.perform(get("/imports").with(user(account("lead1")))).andExpect(status().isOk())
			.andExpect(content().string(containsString("导入绩效目标表")));
	}

	@Test
	void theDraftingFormOffersThePastePanel() throws Exception {
		mvc.perform(get("/tables/new").with(user(account("lead1")))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"paste-import\"")))
			.andExpect(content().string(containsString("粘贴导入")))
			.andExpect(content().string(containsString("/api/v1/import?dryRun=true")));
	}

	@Test
	void aWorkbookOverALimitIsRefusedOnThePageWith413NamingTheLimit() throws Exception {
		mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "cells.xlsx", null, Workbooks.manyCells(6_000, 10)))
			.with(user(account("lead1"))).with(csrf()))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().string(containsString("「cells.xlsx」的单元格超过每个工作簿 50000 个的上限")));
	}

	@Test
	void pastedTextOverTheUploadLimitIsRefusedOnThePageAsAFileWouldBe() throws Exception {
		mvc.perform(post("/imports").param("text", "年".repeat(2_000_000)).with(user(account("lead1"))).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", containsString("5 MB")));
	}

	@Test
	void aThirdImportOfOneUserAtOnceIsRefusedOnThePageWith429NamingTheLimit() throws Exception {
		Account lead = account("lead1");
		try (ImportSlots.Slot first = slots.take(lead); ImportSlots.Slot second = slots.take(lead)) {
			mvc.perform(post("/imports").param("text", Seeds.text(Seeds.S002)).with(user(lead)).with(csrf()))
				.andExpect(status().isTooManyRequests())
				.andExpect(content().string(containsString("您同时进行的导入已达 2 个的上限")));
		}
		waitUntilDone(lead, startPreview(lead, Seeds.text(Seeds.S002)));
	}
}
