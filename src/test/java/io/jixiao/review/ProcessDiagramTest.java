package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import io.jixiao.organizations.Account;
import io.jixiao.targets.TableService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The diagram marks a running table's step, and the end an ended one reached (the engine keeps no history). */
@ProductTest
class ProcessDiagramTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ProcessDiagram diagram;

	@Autowired
	TableService tables;

	@Autowired
	UserDetailsService accounts;

	ReviewCalls api;

	@BeforeEach
	void calls() {
		api = new ReviewCalls(mvc, json);
	}

	List<String> marked(long id) {
		return diagram.marked(tables.get((Account) accounts.loadUserByUsername("lead1"), id)).activityIds();
	}

	@Test
	void theDiagramMarksTheCurrentStepThenThePublicationEnd() throws Exception {
		long id = api.draft();
		assertThat(marked(id)).isEmpty();
		api.submit(id).andExpect(status().isOk());
		assertThat(marked(id)).containsExactly(Stage.DEPT_REVIEW.taskKey());
		api.review("deptrev1", id, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		api.review("finance1", id, "{\"grade\":\"优\"}").andExpect(status().isOk());
		assertThat(marked(id)).containsExactly(Stage.PUBLICATION.taskKey());
		api.publish(id).andExpect(status().isOk());
		assertThat(marked(id)).containsExactly("publicationDecided");

		mvc.perform(get("/tables/" + id + "/diagram.png").with(user(accounts.loadUserByUsername("lead1"))))
			.andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_PNG));
		mvc.perform(get("/tables/" + id + "/diagram.png").with(user(accounts.loadUserByUsername("lead2"))))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void aRejectedTableShowsTheRejectionEndAndAWithdrawnOneTheRevision() throws Exception {
		long rejected = api.draft();
		api.submit(rejected).andExpect(status().isOk());
		api.review("deptrev1", rejected, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		api.review("finance1", rejected, "{\"grade\":\"差\",\"comment\":\"绩效目标不明确\"}").andExpect(status().isOk());
		assertThat(marked(rejected)).containsExactly("rejectedEnd");

		long withdrawn = api.draft();
		api.submit(withdrawn).andExpect(status().isOk());
		api.postAs("lead1", "/api/v1/tables/" + withdrawn + "/withdraw", null).andExpect(status().isOk());
		assertThat(marked(withdrawn)).containsExactly(Stage.REVISE.taskKey());
	}
}
