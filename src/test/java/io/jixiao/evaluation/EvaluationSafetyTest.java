package io.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** Access on self-evaluations: no path into another unit's evaluation, and no one reviews what they submitted. */
@ProductTest
class EvaluationSafetyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	EvaluationCalls api;

	@BeforeEach
	void calls() {
		api = new EvaluationCalls(mvc, json);
	}

	@Test
	void anotherUnitsEvaluationIsRefusedOnEveryPathAndTheSubmitterNeverReviews() throws Exception {
		long table = api.approved(2023);
		long round = api.openRound(2023).get("id").asLong();
		long eid = api.evaluationOf(table);
		String path = "/api/v1/evaluations/" + eid;
		List<ResultActions> refused = List.of(api.getAs("lead2", path), api.putAs("lead2", path, "{\"version\":0}"),
				api.postAs("lead2", path + "/submit", null),
				api.postAs("lead2", path + "/review", "{\"decision\":\"APPROVE\"}"),
				api.getAs("lead2", "/api/v1/tables/" + table + "/evaluation"),
				api.getAs("lead2", "/api/v1/evaluation/rounds/" + round),
				api.getAs("deptrev1", "/api/v1/evaluation/rounds/" + round));
		for (ResultActions answer : refused) {
			assertThat(answer.andReturn().getResponse().getStatus()).as(answer.andReturn().getRequest().getRequestURI())
				.isIn(403, 404);
		}
		api.getAs("lead1", path).andExpect(status().isOk());
		api.getAs("deptrev1", path).andExpect(status().isOk());
		api.getAs("lead1", "/api/v1/evaluations/" + (eid + 100000)).andExpect(status().isNotFound());
		api.review("deptrev1", eid, "{\"decision\":\"APPROVE\"}").andExpect(status().isConflict());

		api.submitted(eid);
		api.review("lead1", eid, "{\"decision\":\"APPROVE\"}").andExpect(status().isForbidden());
		api.review("finance1", eid, "{\"decision\":\"APPROVE\"}").andExpect(status().isForbidden());
		api.putAs("lead1", path, "{\"version\":0}").andExpect(status().isConflict());
		api.review("deptrev1", eid, "{\"decision\":\"APPROVE\",\"scores\":[{\"index\":99,\"score\":1}]}")
			.andExpect(status().isUnprocessableContent());
		api.review("deptrev1", eid, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		// now finance's task: the department may not decide twice
		api.review("deptrev1", eid, "{\"decision\":\"APPROVE\"}").andExpect(status().isForbidden());
	}
}
