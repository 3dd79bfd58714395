package io.jixiao.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import io.jixiao.checks.TableKind;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationAdmin;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.OrganizationKind;
import io.jixiao.review.ReviewCommands;
import io.jixiao.targets.Disclosure;
import io.jixiao.targets.TableService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the public may and may not see: a department with a public, a withheld, an approved-but-undecided and a draft
 * table. Only the public one is ever named; the withheld one is counted in the statement; everything else, and
 * what does not exist, is 404 on every public path.
 */
@ProductTest
class PublicAccessTest {

	private static final AtomicInteger DEPARTMENTS = new AtomicInteger();
	private static final String WITHHELD = "不予公开的涉密项目";
	private static final String APPROVED = "已批复待决定项目";
	private static final String DRAFT = "尚在编制的草稿项目";
	private static final String PUBLIC = "公开的培训项目";

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

	@Autowired
	JdbcTemplate jdbc;

	long department;
	long publicId;
	long withheldId;
	long approvedId;
	long draftId;

	@BeforeEach
	void departmentWithTablesInEveryState() {
		PublishedFixtures fixtures = new PublishedFixtures(admin, directory, tables, review, accounts, json);
		PublishedFixtures.Project like = PublishedFixtures.seed().projects().get(17);
		int n = DEPARTMENTS.incrementAndGet();
		Organization dept = admin.createOrganization("公开测试部门" + n, OrganizationKind.DEPARTMENT, null, false);
		department = dept.getId();
		String unit = "公开测试单位" + n;
		Account lead = fixtures.lead(unit, department);
		publicId = tables.create(lead, TableKind.PROJECT, 2020, PublishedFixtures.content2020(like, PUBLIC, unit)).getId();
		fixtures.publish(lead, publicId, Disclosure.PUBLIC);
		withheldId = tables.create(lead, TableKind.PROJECT, 2020, PublishedFixtures.content2020(like, WITHHELD, unit))
			.getId();
		fixtures.publish(lead, withheldId, Disclosure.WITHHELD);
		approvedId = tables.create(lead, TableKind.PROJECT, 2020, PublishedFixtures.content2020(like, APPROVED, unit))
			.getId();
		fixtures.approve(lead, approvedId);
		draftId = tables.create(lead, TableKind.PROJECT, 2020, PublishedFixtures.content2020(like, DRAFT, unit)).getId();
	}

	MvcResult ok(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
	}

	String text(String path) throws Exception {
		return ok(path).getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void anonymousGets404ForWithheldUnpublishedAndMissingTablesOnEveryPublicPath() throws Exception {
		for (long id : List.of(withheldId, approvedId, draftId, 987_654_321L)) {
			for (String path : List.of("/public/tables/" + id, "/public/tables/" + id + ".xlsx",
					"/public/tables/" + id + ".pdf", "/public/api/v1/tables/" + id)) {
				MvcResult result = mvc.perform(get(path)).andExpect(status().isNotFound()).andReturn();
				assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(path)
					.doesNotContain(WITHHELD, APPROVED, DRAFT);
			}
		}
		JsonNode error = json.readTree(mvc.perform(get("/public/api/v1/tables/" + withheldId))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(error.get("error").asString()).isEqualTo("not_found");
		assertThat(error.get("message").asString()).isEqualTo("您要找的内容不存在。");
	}

	@Test
	void publicTableIsReadableOnEveryPathWithoutLogin() throws Exception {
		assertThat(text("/public/tables/" + publicId)).contains(PUBLIC, "项目支出绩效目标表", "公开测试单位");
		assertThat(ok("/public/tables/" + publicId + ".xlsx").getResponse().getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(ok("/public/tables/" + publicId + ".pdf").getResponse().getContentType()).isEqualTo("application/pdf");
		JsonNode table = json.readTree(text("/public/api/v1/tables/" + publicId));
		assertThat(table.get("projectName").asString()).isEqualTo(PUBLIC);
		assertThat(table.get("disclosure").asString()).isEqualTo("PUBLIC");
		assertThat(table.get("indicators").size()).isEqualTo(10);
	}

	@Test
	void withheldTableIsCountedInTheStatementButNamedNowhere() throws Exception {
		String query = "year=2020&department=" + department;
		JsonNode summary = json.readTree(text("/public/api/v1/summary?" + query));
		assertThat(summary.get("rows")).hasSize(1);
		assertThat(summary.get("rows").get(0).get("projectName").asString()).isEqualTo(PUBLIC);
		assertThat(summary.get("statement").get("projects").asInt()).isEqualTo(2);
		assertThat(summary.get("statement").get("publicProjects").asInt()).isEqualTo(1);
		assertThat(summary.get("statement").get("withheldProjects").asInt()).isEqualTo(1);
		assertThat(summary.get("statement").get("projectAmount").decimalValue()).isEqualByComparingTo("92.00");
		assertThat(summary.get("total").decimalValue()).isEqualByComparingTo("46.00");
		assertThat(summary.get("statement").get("text").asString())
			.isEqualTo("2020年，本年度实行绩效管理的项目 2 个，涉及预算金额 92.00 万元，公开项目 1 个，不予公开项目 1 个。");

		List<String> outputs = new ArrayList<>();
		outputs.add(text("/public"));
		outputs.add(text("/public?year=2020"));
		outputs.add(text("/public?year=2020&q=" + "涉密"));
		outputs.add(text("/public?year=2020&q=" + "项目"));
		outputs.add(text("/public/api/v1/tables"));
		outputs.add(text("/public/api/v1/tables?year=2020"));
		outputs.add(summary.toString());
		outputs.add(text("/public/api/v1/summary?year=2020"));
		outputs.add(text("/public/summary?" + query));
		outputs.add(text("/public/summary?year=2020"));
		outputs.add(workbookText(ok("/public/summary.xlsx?" + query).getResponse().getContentAsByteArray()));
		outputs.add(pdfText(ok("/public/summary.pdf?" + query).getResponse().getContentAsByteArray()));
		outputs.add(pdfText(ok("/public/summary.pdf?year=2020").getResponse().getContentAsByteArray()));

		assertThat(String.join("\n", outputs)).contains(PUBLIC).doesNotContain(WITHHELD, APPROVED, DRAFT);
		assertThat(outputs.get(3)).contains(PUBLIC);
		assertThat(outputs.get(2)).contains("没有项目名称含「涉密」的公开表");
	}

	@Test
	void publicOutputShowsTheApprovedVersionNotTheLiveTable() throws Exception {
		// the live row is frozen by the product; change it behind its back to prove the pages never read it
		jdbc.update("update target_tables set project_name = ?, total_funds = ? where id = ?", "批复后被改动的名称", 999,
				publicId);

		String page = text("/public/tables/" + publicId);
		JsonNode table = json.readTree(text("/public/api/v1/tables/" + publicId));
		String summary = text("/public/api/v1/summary?year=2020&department=" + department);

		assertThat(page).contains(PUBLIC, "46.00").doesNotContain("批复后被改动的名称", "999");
		assertThat(table.get("projectName").asString()).isEqualTo(PUBLIC);
		assertThat(table.get("totalFunds").decimalValue()).isEqualByComparingTo("46.00");
		assertThat(summary).contains(PUBLIC).doesNotContain("批复后被改动的名称");
	}

	@Test
	void unknownDepartmentAnswers404AndAllDepartmentsIsTheDefault() throws Exception {
		mvc.perform(get("/public/api/v1/summary?year=2020&department=987654321")).andExpect(status().isNotFound());
		mvc.perform(get("/public/api/v1/summary").param("department", "没有这个部门")).andExpect(status().isNotFound());
		mvc.perform(get("/public/summary?year=2020&department=987654321")).andExpect(status().isNotFound());
		long unit = directory.findByName("公开测试单位" + DEPARTMENTS.get()).orElseThrow().getId();
		mvc.perform(get("/public/api/v1/summary?year=2020&department=" + unit)).andExpect(status().isNotFound());
		JsonNode all = json.readTree(text("/public/api/v1/summary?year=2020"));
		assertThat(all.get("department").isNull()).isTrue();
		assertThat(all.get("rows").toString()).contains(PUBLIC);
	}

	long publicTotal() throws Exception {
		return json.readTree(text("/public/api/v1/tables?size=1")).get("total").asLong();
	}

	/**
	 * The public index, summary, list and search keep a year's tallies, count and order (a search what it found)
	 * between views; a publication or a renamed department shows on the very next view all the same.
	 */
	@Test
	void aPublicationAndARenameShowOnTheNextViewOfTheKeptYearPages() throws Exception {
		int n = DEPARTMENTS.get();
		String department = "快照测试部门" + n;
		String project = "快照测试的最大项目" + n;
		// views that keep the year's tallies, the summary's order and the count of every public table
		assertThat(text("/public?year=2020")).doesNotContain(department);
		assertThat(text("/public/summary?year=2020")).doesNotContain(project);
		long before = publicTotal();
		assertThat(publicTotal()).isEqualTo(before);
		// a search keeps what it found too
		assertThat(text("/public?year=2020&q=" + project)).doesNotContain("快照测试单位" + n);

		PublishedFixtures fixtures = new PublishedFixtures(admin, directory, tables, review, accounts, json);
		PublishedFixtures.Project like = PublishedFixtures.seed().projects().get(3);
		PublishedFixtures.Project largest = new PublishedFixtures.Project(like.number(), like.departmentUnit(),
				like.implementingUnit(), project, "99999.00", "99999.00", "0.00", like.overallGoal(), like.indicators());
		Organization dept = admin.createOrganization(department, OrganizationKind.DEPARTMENT, null, false);
		String unit = "快照测试单位" + n;
		Account lead = fixtures.lead(unit, dept.getId());
		long id = tables.create(lead, TableKind.PROJECT, 2020, PublishedFixtures.content2020(largest, project, unit))
			.getId();
		fixtures.publish(lead, id, Disclosure.PUBLIC);

		assertThat(text("/public?year=2020")).contains(department);
		// the largest amount of the year heads the summary's first page
		assertThat(text("/public/summary?year=2020")).contains(project, "99,999.00");
		assertThat(publicTotal()).isEqualTo(before + 1);
		assertThat(text("/public?year=2020&q=" + project)).contains(project, "快照测试单位" + n);

		Organization created = directory.get(dept.getId());
		admin.changeOrganization(created.getId(), created.getVersion(), "改名后的" + department, null, false);
		assertThat(text("/public?year=2020")).contains("改名后的" + department);
	}

	static String workbookText(byte[] xlsx) throws Exception {
		StringBuilder text = new StringBuilder();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : book.getSheetAt(0)) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.STRING) {
						text.append(cell.getStringCellValue()).append('\n');
					}
				}
			}
		}
		return text.toString();
	}

	static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
