package io.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A table drafted with its rows in mixed group order comes out in official order everywhere: the JSON API, the
 * table's page, and once approved and published the public page, its workbook and its PDF; each group once.
 */
@ProductTest
class OfficialOrderTest {

	/** The seed table's rows (fixtures/baojie.json) in official order, 质量 rows in the order the drafter chose. */
	private static final List<String> OFFICIAL = List.of("购置低值易耗品次数", "政府采购率", "低值易耗品验收合格率", "低值易耗品质量合格率",
			"低值易耗品采购完成率", "每次采购成本控制数", "提升营商环境", "工作人员满意度");

	private static final List<String> LEVEL1 = List.of("产出指标", "成本指标", "效益指标", "满意度指标");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	UserDetailsService accounts;

	@Test
	void rowsGivenInMixedGroupOrderShowEachGroupOnceInOfficialOrderInEveryOutput() throws Exception {
		long id = createMixed("顺序测试项目");

		JsonNode read = json.readTree(text("lead1", "/api/v1/tables/" + id));
		List<String> names = new ArrayList<>();
		read.get("indicators").forEach(row -> names.add(row.get("name").asString()));
		assertThat(names).containsExactlyElementsOf(OFFICIAL);
		assertThat(read.get("indicators").get(0).get("level1").asString()).isEqualTo("产出指标");

		assertOfficial(indicatorTable(text("lead1", "/tables/" + id)), "view page");

		publish(id);
		assertOfficial(indicatorTable(text(null, "/public/tables/" + id)), "public page");
		assertOfficial(workbookText(bytes("/public/tables/" + id + ".xlsx")), "workbook");
		assertOfficial(pdfText(bytes("/public/tables/" + id + ".pdf")), "pdf");
	}

	/**
	 * The indicator part of a page as the wide table shows it: from its column heads to the end of their table (not
	 * the checks beside it), without the group line each row carries for its card on a phone.
	 */
	static String indicatorTable(String html) {
		int heads = html.indexOf(">一级指标<");
		assertThat(heads).as("column heads").isPositive();
		return html.substring(heads, html.indexOf("</table>", heads))
			.replaceAll("<div class=\"indicator-group-line\">[^<]*</div>", "");
	}

	/** The names in official order, and each level 1 written once (a merged cell), in frame order. */
	static void assertOfficial(String text, String where) {
		String compact = text.replaceAll("\\s+", "");
		int at = -1;
		for (String name : OFFICIAL) {
			int found = compact.indexOf(name, at + 1);
			assertThat(found).as(where + ": " + name + " after the row before it").isGreaterThan(at);
			at = found;
		}
		int previous = -1;
		for (String level1 : LEVEL1) {
			assertThat(count(text, level1)).as(where + ": " + level1 + " once").isEqualTo(1);
			assertThat(compact.indexOf(level1)).as(where + ": " + level1 + " in frame order").isGreaterThan(previous);
			previous = compact.indexOf(level1);
		}
	}

	/** Occurrences of a level-1 label as a cell of its own (not inside a longer text such as 服务对象满意度指标). */
	private static int count(String text, String label) {
		Matcher matcher = Pattern.compile("(?<![\\p{IsHan}])" + label + "(?![\\p{IsHan}])").matcher(text);
		int n = 0;
		while (matcher.find()) {
			n++;
		}
		return n;
	}

	/** Creates the seed table as lead1 with its rows in mixed group order: 满意度, 质量, 效益, 数量, 成本, 质量, 时效, 质量. */
	long createMixed(String projectName) throws Exception {
		ObjectNode body;
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			body = (ObjectNode) json.readTree(in);
		}
		body.put("projectName", projectName);
		ArrayNode given = (ArrayNode) body.get("indicators");
		// its level 2 as the current frame spells it, so that 满意度指标 names the level 1 only
		((ObjectNode) given.get(7)).put("level2", "服务对象满意度指标");
		ArrayNode mixed = json.createArrayNode();
		for (int i : new int[] { 7, 2, 6, 0, 5, 1, 4, 3 }) {
			mixed.add(given.get(i));
		}
		body.set("indicators", mixed);
		String created = mvc.perform(post("/api/v1/tables").with(httpBasic("lead1", "demo12345"))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(created).get("id").asLong();
	}

	/** Submitted by lead1, approved by the department and by finance (优), published as public. */
	void publish(long id) throws Exception {
		postAs("lead1", "/api/v1/tables/" + id + "/submit", Map.of());
		postAs("deptrev1", "/api/v1/tables/" + id + "/review", Map.of("decision", "APPROVE"));
		postAs("finance1", "/api/v1/tables/" + id + "/review", Map.of("decision", "APPROVE", "grade", "优"));
		postAs("finance1", "/api/v1/tables/" + id + "/publish", Map.of("disclosure", "PUBLIC"));
	}

	private void postAs(String user, String path, Map<String, String> body) throws Exception {
		mvc.perform(post(path).with(httpBasic(user, "demo12345")).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body))).andExpect(status().is2xxSuccessful());
	}

	String text(String user, String path) throws Exception {
		var request = get(path);
		if (user != null) {
			// the API takes HTTP Basic, the pages a signed-in session
			request.with(path.startsWith("/api/") ? httpBasic(user, "demo12345")
					: user(accounts.loadUserByUsername(user)));
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	byte[] bytes(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
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
