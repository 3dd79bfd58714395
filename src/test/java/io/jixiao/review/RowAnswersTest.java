package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** The drafter answers a row comment and marks it 已修改; the reviewer sees both in the next round. */
@ProductTest
class RowAnswersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	String page(String username, String path) throws Exception {
		return mvc.perform(get(path).with(user(accounts.loadUserByUsername(username)))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	ResultActions answer(String username, long tableId, long commentId, String text, boolean fixed) throws Exception {
		return mvc.perform(post("/tables/" + tableId + "/comments/" + commentId + "/answer")
			.with(user(accounts.loadUserByUsername(username))).with(csrf())
			.param("answer", text).param("fixed", String.valueOf(fixed)));
	}

	@Test
	void theDrafterAnswersARowCommentAndMarksItFixedAndTheReviewerSeesBothInTheNextRound() throws Exception {
		ReviewCalls api = new ReviewCalls(mvc, json);
		long id = api.draft();
		api.submit(id).andExpect(status().isOk());
		api.review("deptrev1", id, "{\"decision\":\"RETURN\",\"comment\":\"请修改\","
				+ "\"rowComments\":[{\"row\":1,\"comment\":\"指标值请量化\"},{\"row\":2,\"comment\":\"口径请说明\"}]}")
			.andExpect(status().isOk());
		long first = jdbc.queryForObject("select id from row_comments where table_id = ? and row_index = 1",
				Long.class, id);
		long second = jdbc.queryForObject("select id from row_comments where table_id = ? and row_index = 2",
				Long.class, id);

		assertThat(page("lead1", "/tables/" + id)).contains("/comments/" + first + "/answer");
		// neither another unit's lead nor the reviewer answers for the drafter
		answer("lead2", id, first, "不相干", true).andExpect(status().isForbidden());
		answer("deptrev1", id, first, "不相干", true).andExpect(status().isForbidden());
		answer("lead1", id, first, "", false).andExpect(flash().attribute("flashError", "请填写答复或勾选「已修改」。"));
		answer("lead1", id, first, "已改为「≥95%」", true).andExpect(flash().attribute("flash", "review.answered"));
		answer("lead1", id, second, "口径见附注", false).andExpect(flash().attribute("flash", "review.answered"));

		api.submit(id).andExpect(status().isOk());
		// the new round: no answer forms any more, and comments of the earlier round cannot be answered
		answer("lead1", id, first, "再改", true).andExpect(flash().attribute("flashError", "该表当前状态不允许此操作，可能已被他人处理，请刷新页面。"));
		String reviewer = page("deptrev1", "/tables/" + id);
		assertThat(reviewer).contains("指标值请量化").contains("已改为「≥95%」").contains("口径见附注")
			.contains("<span class=\"badge text-bg-success\">已修改</span>").contains("徐晶 答复")
			.doesNotContain("/comments/" + first + "/answer");
		assertThat(reviewer.split("<span class=\"badge text-bg-success\">已修改</span>", -1)).hasSize(2);
	}
}
