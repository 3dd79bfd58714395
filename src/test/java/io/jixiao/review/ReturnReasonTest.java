package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A returned table says why up front (who returned it, when, with which grade and comment) on its page and its form,
 * and marks the rows commented on; once finance closes the round, those comments are history only.
 */
@ProductTest
class ReturnReasonTest {

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

	SafeDecisionsTest.Page page(String username, String path) throws Exception {
		return new SafeDecisionsTest.Page(mvc.perform(get(path).with(user(accounts.loadUserByUsername(username))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	long returnedByFinance() throws Exception {
		long id = api.draft();
		api.submit(id);
		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		api.review("finance1", id, "{\"grade\":\"中\",\"comment\":\"成本指标需细化后重新报送\","
				+ "\"rowComments\":[{\"row\":2,\"comment\":\"政府采购率的计算口径请说明\"}]}").andExpect(status().isOk());
		return id;
	}

	@Test
	void returnedTableShowsWhoReturnedItWhyAndWhichRowsOnItsPageAndForm() throws Exception {
		long id = returnedByFinance();

		SafeDecisionsTest.Page page = page("lead1", "/tables/" + id);
		String banner = page.inside("section", "return-banner");
		assertThat(banner).contains("该表已被财政审核退回修改").contains("审核等级：中").contains("成本指标需细化后重新报送")
			.contains("退回人：财政审核一").contains("另有 1 条行意见，见「行意见」");
		assertThat(page.tag("tr", "id=\"row-2\"")).contains("row-noted");
		assertThat(page.tags("tr", "row-noted")).hasSize(1);
		assertThat(page.html()).contains("<div class=\"small row-note\">政府采购率的计算口径请说明</div>");
		assertThat(page.html().indexOf("return-banner")).isLessThan(page.html().indexOf("official-table"));

		assertThat(page("lead1", "/tables/" + id + "/edit").inside("section", "return-banner"))
			.contains("成本指标需细化后重新报送").contains("审核等级：中");
	}

	@Test
	void approvedTableShowsNoBannerAndKeepsTheClosedRoundsCommentsInItsHistoryOnly() throws Exception {
		long id = returnedByFinance();
		api.submit(id);
		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		assertThat(page("deptrev1", "/tables/" + id).tags("tr", "row-noted")).hasSize(1);
		api.review("finance1", id, "{\"grade\":\"优\"}").andExpect(status().isOk());

		SafeDecisionsTest.Page page = page("lead1", "/tables/" + id);
		assertThat(page.tags("section", "return-banner")).isEmpty();
		assertThat(page.tags("tr", "row-noted")).isEmpty();
		assertThat(page.html()).contains("暂无行意见。");
		assertThat(page.inside("details", "past-comments")).contains("已结束审核轮次的行意见（1 条）")
			.contains("政府采购率的计算口径请说明");
	}

	@Test
	void doneListNamesUnitTablesByTheirUnitAndEachSubmissionByItsVersion() throws Exception {
		SafeDecisionsTest.Page done = page("deptrev1", "/tasks/done");
		// the demo's unit tables: one returned, one approved by deptrev1
		assertThat(done.html()).containsPattern("<a [^>]*href=\"/tables/\\d+\">库尔勒经济技术开发区政务服务中心</a>")
			.containsPattern("<a [^>]*href=\"/tables/\\d+\">库尔勒经济技术开发区管理委员会党政办公室</a>");
		assertThat(done.html()).doesNotContainPattern("<a [^>]*href=\"/tables/\\d+\"></a>").contains("· 第 1 版");
	}
}
