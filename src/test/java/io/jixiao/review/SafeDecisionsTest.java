package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decisions are never taken by a default: no grade or disclosure is preselected, a refused decision comes back with
 * every choice as the reviewer made it, and the heavy ones (差, 中 and 退回, 不予公开) carry their confirmation.
 */
@ProductTest
class SafeDecisionsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	UserDetailsService accounts;

	ReviewCalls api;

	@BeforeEach
	void calls() {
		api = new ReviewCalls(mvc, json);
	}

	long atFinance() throws Exception {
		long id = api.draft();
		api.submit(id);
		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		return id;
	}

	/** A rendered page, read by the opening tags and texts its assertions name. */
	record Page(String html) {

		/** The opening tags of the given element whose attributes contain the given text. */
		List<String> tags(String element, String with) {
			Matcher m = Pattern.compile("<" + element + "\\b[^>]*>").matcher(html);
			return m.results().map(r -> r.group()).filter(t -> t.contains(with)).toList();
		}

		String tag(String element, String with) {
			List<String> found = tags(element, with);
			assertThat(found).as(element + " with " + with).hasSize(1);
			return found.get(0);
		}

		/** The part of the page inside the element opened by the given tag. */
		String inside(String element, String with) {
			int start = html.indexOf(tag(element, with));
			return html.substring(html.indexOf('>', start) + 1, html.indexOf("</" + element + ">", start));
		}
	}

	Page page(String username, long id, MvcResult refused) throws Exception {
		MockHttpServletRequestBuilder request = get("/tables/" + id).with(user(accounts.loadUserByUsername(username)));
		if (refused != null) {
			// the refusal's flash attributes wait in its session (a Spring Session, which MockMvc's flashAttrs misses)
			request.cookie(refused.getResponse().getCookie("SESSION"));
		}
		return new Page(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	MvcResult post(String username, String path, String... params) throws Exception {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post(path).with(csrf()).with(user(accounts.loadUserByUsername(username)));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
	}

	@Test
	void financeFormStartsWithoutAGradeAndNamesTheConsequenceOf中And差() throws Exception {
		Page page = page("finance1", atFinance(), null);
		Page grades = new Page(page.inside("select", "id=\"grade\""));

		assertThat(grades.tags("option", "selected")).containsExactly("<option value=\"\" selected=\"selected\">");
		assertThat(grades.html()).contains(">请选择</option>");
		assertThat(grades.tag("option", "value=\"中\"")).contains("data-confirm=\"评定为「中」将把该表退回编制单位修改");
		assertThat(grades.tag("option", "value=\"差\"")).contains("本预算年度不予通过");
		assertThat(grades.tag("option", "value=\"优\"")).doesNotContain("data-confirm");
		assertThat(page.tags("script", "src=\"/js/confirm.js")).hasSize(1);
	}

	@Test
	void refusedGradeComesBackAsChosenNot优() throws Exception {
		long id = atFinance();
		MvcResult refused = post("finance1", "/tables/" + id + "/review", "grade", "中", "comment", "");
		assertThat(refused.getFlashMap().get("flashError")).isEqualTo("退回、不予通过或评为「良」时必须填写意见。");

		Page grades = new Page(page("finance1", id, refused).inside("select", "id=\"grade\""));
		assertThat(grades.tags("option", "selected")).singleElement().asString().contains("value=\"中\"");
		assertThat(api.statusOf(id)).isEqualTo("FINANCE_REVIEW");
	}

	@Test
	void refusedDepartmentDecisionKeepsReturnAndTheComment() throws Exception {
		long id = api.draft();
		api.submit(id);
		MvcResult refused = post("deptrev1", "/tables/" + id + "/review", "decision", "RETURN", "grade", "优",
				"comment", "请补充时效指标");

		Page page = page("deptrev1", id, refused);
		assertThat(page.tag("input", "id=\"decision-return\"")).contains("checked").contains("回到编制单位修改");
		assertThat(page.tag("input", "id=\"decision-approve\"")).doesNotContain("checked");
		assertThat(page.inside("textarea", "id=\"review-comment\"")).isEqualTo("请补充时效指标");
		assertThat(page("deptrev1", id, null).tag("input", "id=\"decision-approve\"")).contains("checked");
	}

	@Test
	void refusedRowCommentKeepsItsRowAndText() throws Exception {
		long id = atFinance();
		MvcResult refused = post("finance1", "/tables/" + id + "/comments", "row", "3", "comment", "x".repeat(3000));
		assertThat(refused.getFlashMap().get("flashError")).isNotNull();

		Page page = page("finance1", id, refused);
		assertThat(new Page(page.inside("select", "id=\"comment-row\"")).tags("option", "selected"))
			.singleElement().asString().contains("value=\"3\"");
		assertThat(page.inside("textarea", "required")).hasSize(3000);
	}

	@Test
	void publicationIsNotPreselectedAndARefusedWithholdingKeepsItsChoice() throws Exception {
		long id = atFinance();
		api.review("finance1", id, "{\"grade\":\"优\"}").andExpect(status().isOk());
		Page fresh = page("finance1", id, null);
		assertThat(fresh.tags("input", "name=\"disclosure\"")).hasSize(2).noneMatch(t -> t.contains("checked"));
		assertThat(fresh.tag("input", "id=\"disclosure-withheld\"")).contains("不会出现在公开平台上");

		MvcResult refused = post("finance1", "/tables/" + id + "/publish", "disclosure", "WITHHELD", "reason", " ");
		assertThat(refused.getFlashMap().get("flashError")).isEqualTo("不予公开必须填写理由。");
		Page page = page("finance1", id, refused);
		assertThat(page.tag("input", "id=\"disclosure-withheld\"")).contains("checked");
		assertThat(page.tag("input", "id=\"disclosure-public\"")).doesNotContain("checked");
		assertThat(api.statusOf(id)).isEqualTo("APPROVED");
	}

	@Test
	void apiRefusesAFinanceDecisionWithoutGrade() throws Exception {
		long id = atFinance();
		api.review("finance1", id, "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.error").value("invalid"))
			.andExpect(jsonPath("$.message").value("财政审核须评定等级（优、良、中、差）。"));
		assertThat(api.statusOf(id)).isEqualTo("FINANCE_REVIEW");
	}
}
