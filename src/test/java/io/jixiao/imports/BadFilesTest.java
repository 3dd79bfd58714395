package io.jixiao.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.jixiao.ProductTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A corpus of bad uploads, each refused with a 4xx and a Chinese message that says what is wrong, and nothing
 * stored: damaged, disguised and hostile workbooks, wrong cells, wrong encodings, oversized content.
 */
@ProductTest
class BadFilesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	static Stream<Arguments> badFiles() throws IOException {
		byte[] template = Workbooks.of(Seeds.S002);
		return Stream.of(
				bad("empty workbook", "tables.xlsx", new byte[0], 422, "不是 Excel 工作簿"),
				bad("empty text", "tables.txt", new byte[0], 422, "为空"),
				bad("truncated workbook", "tables.xlsx", Arrays.copyOf(template, template.length * 3 / 5), 422,
						"已损坏或不完整"),
				bad("zip bomb", "bomb.xlsx", Workbooks.replacePart(template, "xl/worksheets/sheet2.xml",
						xml -> new String(xml, StandardCharsets.UTF_8).replace("<sheetData>", "<sheetData>" + " ".repeat(3_000_000))
							.getBytes(StandardCharsets.UTF_8)), 422, "压缩炸弹"),
				bad("XXE in a sheet", "xxe.xlsx", Workbooks.replacePart(template, "xl/worksheets/sheet2.xml",
						xml -> ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
								+ new String(xml, StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*>", "")
									.replace("<sheetData>", "<sheetData><row r=\"99\"><c r=\"A99\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"))
							.getBytes(StandardCharsets.UTF_8)), 422, "不允许的 XML 声明"),
				bad("Word document renamed .xlsx", "report.xlsx", Workbooks.zip("[Content_Types].xml",
						"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
						"word/document.xml", "<w:document/>"), 422, "不是 Excel 工作簿"),
				bad("old binary workbook renamed .xlsx", "old.xlsx", oldWorkbook(), 422, "不是 .xlsx 工作簿"),
				bad("old .xls file", "old.xls", oldWorkbook(), 422, "旧版 Excel"),
				bad("wrong sheet", "other.xlsx", workbook(wb -> wb.createSheet("数据").createRow(0).createCell(0)
					.setCellValue("hello")), 422, "没有可导入的绩效目标表"),
				bad("text in a weight cell", "weights.xlsx", Workbooks.edited(s -> s.getRow(17).getCell(6)
					.setCellValue("十分")), 422, "第 18 行 G 列：「指标分值权重」应填写数字"),
				bad("text in an amount cell", "funds.xlsx", Workbooks.edited(s -> s.getRow(9).getCell(1)
					.setCellValue("三万元")), 422, "第 10 行 B 列：「年度资金总额（万元）」应填写数字"),
				bad("weight above 100", "weight.xlsx", Workbooks.edited(s -> s.getRow(17).getCell(6).setCellValue(150)),
						422, "应在 0 到 100 之间"),
				bad("error value in a cell", "div0.xlsx", Workbooks.edited(s -> s.getRow(17).getCell(3)
					.setCellErrorValue(FormulaError.DIV0.getCode())), 422, "错误值"),
				bad("huge cell", "huge.xlsx", Workbooks.edited(s -> s.getRow(17).getCell(2).setCellValue("很".repeat(20_000))),
						422, "超过 300 个字"),
				bad("unknown table kind", "kind.xlsx", Workbooks.edited(s -> s.getRow(1).getCell(1).setCellValue("其他表")),
						422, "表类型应为"),
				bad("missing name column", "columns.xlsx", Workbooks.edited(s -> s.getRow(16).getCell(2).setCellValue("")),
						422, "缺少「三级指标」列"),
				bad("sheet with thousands of rows", "long.xlsx", Workbooks.edited(s -> s.createRow(4999).createCell(0)
					.setCellValue("x")), 422, "超过 2000 行的上限"),
				bad("too many sheets", "sheets.xlsx", workbook(wb -> {
					for (int i = 0; i < 51; i++) {
						wb.createSheet("s" + i);
					}
				}), 422, "超过 50 个的上限"),
				bad("780,000 shared strings", "strings.xlsx", Workbooks.manyStrings(780_000), 413,
						"不同文字（共享字符串）超过每个工作簿 50000 个的上限"),
				bad("60,000 cells", "cells.xlsx", Workbooks.manyCells(6_000, 10), 413, "单元格超过每个工作簿 50000 个的上限"),
				bad("25,000 empty rows", "rows.xlsx", Workbooks.manyCells(25_000, 0), 413, "行数超过每个工作簿 20000 行的上限"),
				bad("a shared-strings part of 12 MB", "big.xlsx", Workbooks.replacePart(template, "xl/sharedStrings.xml",
						xml -> new String(xml, StandardCharsets.UTF_8).replace("</sst>", "<si><t>" + "很".repeat(4_000_000)
								+ "</t></si></sst>").getBytes(StandardCharsets.UTF_8)), 413, "解压后超过每个工作簿 10 MB 的上限"),
				bad("binary text file", "data.txt", new byte[] { 1, 2, 0, 3, 4 }, 422, "不是文本文件"),
				bad("PDF renamed .txt", "doc.txt", "%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1), 422, "不是文本文件"),
				bad("text in an unknown encoding", "doc.txt", new byte[] { (byte) 0x80, (byte) 0xFF, (byte) 0x80, (byte) 0xFF },
						422, "无法识别文件的文字编码"),
				bad("GBK text without any table", "notes.txt", "这是一段说明文字，没有表格。".getBytes(Charset.forName("GBK")), 422,
						"未在内容中找到绩效目标表"),
				bad("unsupported file type", "tables.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 422, "不支持的文件类型"),
				bad("10 MB of rows", "rows.txt", ("产出指标\t数量指标\t指标\t>=1个\n").repeat(400_000).getBytes(StandardCharsets.UTF_8),
						413, "超过 5 MB"),
				bad("table with 250 rows", "many.txt", manyRows(250), 422, "超过每张表 200 行的上限"));
	}

	private static Arguments bad(String what, String name, byte[] bytes, int status, String message) {
		return Arguments.of(what, name, bytes, status, message);
	}

	private static byte[] oldWorkbook() throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("表1").createRow(0).createCell(0).setCellValue("项目支出绩效目标表");
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] workbook(java.util.function.Consumer<XSSFWorkbook> build) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			build.accept(workbook);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] manyRows(int rows) {
		StringBuilder text = new StringBuilder("项目支出绩效目标表\n(2025年)\n预算单位\t某单位\n项目名称\t某项目\n"
				+ "一级指标\t二级指标\t三级指标\t指标值\t指标值设置依据\t上年完成值\t指标分值权重\t指标赋分规则\t佐证资料\n");
		for (int i = 0; i < rows; i++) {
			text.append("产出指标\t数量指标\t指标").append(i).append("\t>=1个\t计划标准\t-\t1\t按照完成比例赋分\t工作资料\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void aBadUploadIsRefusedInChineseAndNothingIsStored(String what, String name, byte[] bytes, int status,
			String message) throws Exception {
		int before = jdbc.queryForObject("select count(*) from target_tables", Integer.class);

		MvcResult result = mvc.perform(multipart("/api/v1/import").file(new MockMultipartFile("file", name, null, bytes))
			.param("dryRun", "false").with(httpBasic("lead1", "demo12345"))).andReturn();

		JsonNode body = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(result.getResponse().getStatus()).as(what).isEqualTo(status);
		String said = body.get("message").asString()
				+ (body.has("errors") ? body.get("errors").toString() : "");
		assertThat(said).as(what).contains(message).containsPattern("[\\u4e00-\\u9fff]");
		assertThat(jdbc.queryForObject("select count(*) from target_tables", Integer.class)).isEqualTo(before);
	}
}
