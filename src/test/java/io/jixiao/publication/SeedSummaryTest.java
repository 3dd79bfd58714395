package io.jixiao.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import io.jixiao.organizations.OrganizationAdmin;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.review.ReviewCommands;
import io.jixiao.targets.TableService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 30 projects of seed 004, entered in the 2020 format and taken through submission, finance approval and
 * publication, reproduce the first page of the seed: its summary list and 合计 2,523.70, on every public output.
 */
@ProductTest
class SeedSummaryTest {

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

	PublishedFixtures.Seed seed;
	PublishedFixtures.Published published;

	@BeforeEach
	void publishSeed004() {
		seed = PublishedFixtures.seed();
		published = new PublishedFixtures(admin, directory, tables, review, accounts, json).seed004();
	}

	MvcResult anonymous(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
	}

	String summaryQuery() {
		return "year=2020&department=" + published.departmentId();
	}

	@Test
	void publishedSeed004TablesReproduceItsSummaryListAndTotal() throws Exception {
		String body = mvc.perform(get("/public/api/v1/summary").param("year", "2020")
			.param("department", PublishedFixtures.SEED_DEPARTMENT))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode summary = json.readTree(body);

		assertThat(summary.get("totalText").asString()).isEqualTo(seed.total()).isEqualTo("2,523.70");
		assertThat(summary.get("total").decimalValue()).isEqualByComparingTo("2523.70");
		assertThat(body).contains("\"total\":2523.70", "\"amount\":300.00");
		List<String> rows = new ArrayList<>();
		summary.get("rows").forEach(row -> rows.add(row.get("number").asInt() + "|" + row.get("departmentUnit").asString()
				+ "|" + row.get("implementingUnit").asString() + "|" + row.get("projectName").asString() + "|"
				+ row.get("amount").decimalValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()));
		List<String> expected = seed.projects().stream()
			.map(p -> p.number() + "|" + p.departmentUnit() + "|" + p.implementingUnit() + "|" + p.projectName() + "|"
					+ p.amount())
			.toList();
		assertThat(rows).containsExactlyElementsOf(expected);
		JsonNode statement = summary.get("statement");
		assertThat(statement.get("projects").asInt()).isEqualTo(30);
		assertThat(statement.get("publicProjects").asInt()).isEqualTo(30);
		assertThat(statement.get("withheldProjects").asInt()).isZero();
		assertThat(statement.get("text").asString())
			.isEqualTo("2020年，本年度实行绩效管理的项目 30 个，涉及预算金额 2523.70 万元，公开项目 30 个，不予公开项目 0 个。");
	}

	@Test
	void summaryPageShowsTheListTheTotalAndTheStatement() throws Exception {
		String page = anonymous("/public/summary?" + summaryQuery()).getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("2020年克孜勒苏柯尔克孜自治州本级项目支出绩效目标", "合计", "2,523.70", "469.37",
				"大型机械驾驶培训收入、各项考试费收入及房屋租金收入", "本年度实行绩效管理的项目 30 个");
		assertThat(page.indexOf("译制费")).isLessThan(page.indexOf("“专网”经费"));
	}

	@Test
	void summaryWorkbookHoldsTheTotalFirstThenTheThirtyRows() throws Exception {
		byte[] xlsx = anonymous("/public/summary.xlsx?" + summaryQuery()).getResponse().getContentAsByteArray();

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			List<String> lines = new ArrayList<>();
			for (Row row : sheet) {
				StringBuilder line = new StringBuilder();
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.NUMERIC) {
						line.append(new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue()))
							.setScale(2, java.math.RoundingMode.HALF_UP)).append('|');
					}
					else if (!cell.getStringCellValue().isEmpty()) {
						line.append(cell.getStringCellValue()).append('|');
					}
				}
				lines.add(line.toString());
			}
			assertThat(lines).contains("序号|部门单位|项目实施单位|项目名称|申请预算金额|", "合计|2523.70|",
					"1|克孜勒苏柯尔克孜自治州广播电视局|克孜勒苏柯尔克孜自治州广播电视局|译制费|469.37|",
					"30|中共克孜勒苏柯尔克孜自治州委员会网络安全和信息化委员会办公室|中共克孜勒苏柯尔克孜自治州委员会网络安全和信息化委员会办公室|“专网”经费|12.00|");
			assertThat(lines.indexOf("合计|2523.70|")).isLessThan(lines.indexOf(
					"1|克孜勒苏柯尔克孜自治州广播电视局|克孜勒苏柯尔克孜自治州广播电视局|译制费|469.37|"));
			Cell total = sheet.getRow(lines.indexOf("合计|2523.70|")).getCell(4);
			assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
		}
	}

	@Test
	void tableWorkbookMergesTheLevelCellsOfTheOfficialLayout() throws Exception {
		long id = published.tableIds().get("业务收入成本项目");

		byte[] xlsx = anonymous("/public/tables/" + id + ".xlsx").getResponse().getContentAsByteArray();

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			List<String> merged = new ArrayList<>();
			for (org.apache.poi.ss.util.CellRangeAddress region : sheet.getMergedRegions()) {
				Cell first = sheet.getRow(region.getFirstRow()).getCell(region.getFirstColumn());
				String text = first.getCellType() == CellType.NUMERIC ? String.valueOf(first.getNumericCellValue())
						: first.getStringCellValue();
				merged.add(text + "=" + (region.getLastRow() - region.getFirstRow() + 1) + "x"
						+ (region.getLastColumn() - region.getFirstColumn() + 1));
			}
			assertThat(merged).contains("项目支出绩效目标表=1x7", "绩效指标=13x1", "项目完成=7x1", "数量指标=4x1", "项目效益=4x1",
					"总体目标=2x1", "克州妇幼保健计划生育服务中心=1x3");
			assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(46.0);
			assertThat(sheet.getRow(3).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
		}
	}

	@Test
	void tablePdfCarriesTheChineseProjectNameAsText() throws Exception {
		long id = published.tableIds().get("业务收入成本项目");

		MvcResult result = anonymous("/public/tables/" + id + ".pdf");

		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment");
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("业务收入成本项目", "项目支出绩效目标表", "克州妇幼保健计划生育服务中心", "国家孕前优生健康检查项目",
					"≥3365", "46.00");
		}
	}

	@Test
	void disclosurePdfHoldsStatementSummaryAndEveryPublicTable() throws Exception {
		byte[] content = anonymous("/public/summary.pdf?" + summaryQuery()).getResponse().getContentAsByteArray();

		try (PDDocument pdf = Loader.loadPDF(content)) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
			assertThat(text).contains("预算绩效情况", "本年度实行绩效管理的项目30个", "2,523.70", "译制费", "业务收入成本项目",
					"森林资源检查验收费");
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(31);
		}
	}
}
