package io.jixiao.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Internal print: everyone who may see a table's page has its PDF at any status, in the official landscape layout,
 * in official order, with a watermark of its status on every page until it is approved; others get what the page
 * gives them (403, 404, the login).
 */
@ProductTest
class InternalPrintTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	UserDetailsService accounts;

	@Test
	void everyoneWhoSeesTheTableGetsItsPdfWatermarkedByStatusUntilApproved() throws Exception {
		long id = draftInMixedOrder();
		String path = "/tables/" + id + "/pdf";
		assertThat(page("lead1", "/tables/" + id)).contains("href=\"" + path + "\"", "data-print-page");

		Printed draft = pdf("lead1", path);
		assertThat(draft.watermarks()).containsOnly("草稿");
		assertThat(draft.landscape()).isTrue();
		assertThat(draft.text()).contains("项目支出绩效目标表", "内部打印：未提交")
			.containsSubsequence("购置低值易耗品次数", "政府采购率", "低值易耗品采购完成率", "每次采购成本控制数", "提升营商环境",
					"工作人员满意度");

		api("lead1", "/api/v1/tables/" + id + "/submit", Map.of());
		assertThat(pdf("deptrev1", path).watermarks()).containsOnly("审核中");
		assertThat(pdf("finance1", path).text()).contains("内部打印：第1版");

		api("deptrev1", "/api/v1/tables/" + id + "/review", Map.of("decision", "RETURN", "comment", "请补充。"));
		assertThat(pdf("lead1", path).watermarks()).containsOnly("已退回");

		api("lead1", "/api/v1/tables/" + id + "/submit", Map.of());
		api("deptrev1", "/api/v1/tables/" + id + "/review", Map.of("decision", "APPROVE"));
		api("finance1", "/api/v1/tables/" + id + "/review", Map.of("decision", "APPROVE", "grade", "优"));
		Printed approved = pdf("lead1", path);
		assertThat(approved.watermarks()).isEmpty();
		assertThat(approved.text()).contains("第2版，为财政批复的版本").doesNotContain("草稿", "审核中", "已退回");
	}

	@Test
	void anotherUnitGets403AMissingTable404AndNoSignInTheLogin() throws Exception {
		long id = draftInMixedOrder();

		mvc.perform(get("/tables/" + id + "/pdf").with(user(accounts.loadUserByUsername("lead2"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/tables/987654321/pdf").with(user(accounts.loadUserByUsername("lead1"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/tables/" + id + "/pdf")).andExpect(status().is3xxRedirection());
	}

	/** What a printed PDF says, its large text (the watermark) per page, and whether its pages lie landscape. */
	record Printed(String text, List<String> watermarks, boolean landscape) {
	}

	Printed pdf(String username, String path) throws Exception {
		MvcResult result = mvc.perform(get(path).with(user(accounts.loadUserByUsername(username))))
			.andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			List<String> watermarks = new ArrayList<>();
			boolean landscape = true;
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				PDRectangle box = document.getPage(page - 1).getMediaBox();
				landscape &= box.getWidth() > box.getHeight();
				LargeText large = new LargeText();
				large.setStartPage(page);
				large.setEndPage(page);
				large.getText(document);
				if (!large.text.isEmpty()) {
					watermarks.add(large.text.toString());
				}
			}
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			return new Printed(text, watermarks, landscape);
		}
	}

	/** The characters set far larger than any text of the table: the watermark. */
	static final class LargeText extends PDFTextStripper {

		final StringBuilder text = new StringBuilder();

		@Override
		protected void writeString(String string, List<TextPosition> positions) throws IOException {
			positions.stream()
				.filter(position -> position.getFontSizeInPt() > 40)
				.forEach(position -> text.append(position.getUnicode()));
		}
	}

	/** lead1's seed table (fixtures/baojie.json) with its rows reversed: 满意度 first, 数量 last. */
	long draftInMixedOrder() throws Exception {
		ObjectNode body;
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			body = (ObjectNode) json.readTree(in);
		}
		ArrayNode reversed = json.createArrayNode();
		ArrayNode given = (ArrayNode) body.get("indicators");
		for (int i = given.size() - 1; i >= 0; i--) {
			reversed.add(given.get(i));
		}
		body.set("indicators", reversed);
		String created = mvc.perform(post("/api/v1/tables").with(httpBasic("lead1", "demo12345"))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(created).get("id").asLong();
	}

	void api(String username, String path, Map<String, String> body) throws Exception {
		mvc.perform(post(path).with(httpBasic(username, "demo12345")).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body))).andExpect(status().is2xxSuccessful());
	}

	String page(String username, String path) throws Exception {
		return mvc.perform(get(path).with(user(accounts.loadUserByUsername(username)))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
