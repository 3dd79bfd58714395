package io.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.OnMysql;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence files per indicator row (佐证材料): the unit's lead adds them while the evaluation is in the unit's hands,
 * within the accepted types and counts, and removes them; reviewers read them; another unit reaches none; every
 * change is audited; once submitted nothing changes. A database of its own: every year a table may have holds
 * another test's evaluation round in the shared product database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = OnMysql.class)
@TestPropertySource(properties = {
		"spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}evidence${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true" })
class EvaluationEvidenceTest {

	static final byte[] PDF = "%PDF-1.4 验收报告".getBytes(StandardCharsets.UTF_8);

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	EvaluationCalls api;

	@BeforeEach
	void calls() {
		api = new EvaluationCalls(mvc, json);
	}

	MvcResult as(String username, AbstractMockHttpServletRequestBuilder<?> request, int status) throws Exception {
		return mvc.perform(request.with(user(accounts.loadUserByUsername(username))).with(csrf()))
			.andExpect(status().is(status)).andReturn();
	}

	MockMultipartHttpServletRequestBuilder upload(long eid, int row, String name, byte[] content) {
		return multipart("/evaluations/" + eid + "/evidence").file(new MockMultipartFile("file", name,
				"application/octet-stream", content)).param("row", String.valueOf(row));
	}

	Object error(MvcResult result) {
		return result.getFlashMap().get("flashError");
	}

	List<Long> files(long eid) {
		return jdbc.queryForList("select id from evaluation_evidence where evaluation_id = ? order by id", Long.class,
				eid);
	}

	long audits(long table, String action) {
		return jdbc.queryForObject("select count(*) from audit_events where table_id = ? and action = ?", Long.class,
				table, action);
	}

	@Test
	void theUnitAttachesEvidenceToARowReviewersReadItOthersReachNoneAndASubmittedEvaluationKeepsIt() throws Exception {
		long table = api.approved(2025);
		api.openRound(2025);
		long eid = api.evaluationOf(table);

		MvcResult added = as("lead1", upload(eid, 0, "C:\\材料\\验收报告.pdf", PDF), 302);
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/evaluations/" + eid + "#evidence");
		assertThat(error(added)).isNull();
		long file = files(eid).get(0);
		String page = as("lead1", get("/evaluations/" + eid), 200).getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("佐证材料").contains("验收报告.pdf")
			.contains("/evaluations/" + eid + "/evidence/" + file).contains("name=\"file\"");

		// refused in Chinese, nothing stored: a type not accepted, an empty file, a row the table does not have
		assertThat(error(as("lead1", upload(eid, 0, "run.exe", PDF), 302)))
			.isEqualTo("附件只能是 PDF、Word、Excel 或图片（jpg、png）文件。");
		assertThat(error(as("lead1", upload(eid, 0, "空.pdf", new byte[0]), 302)))
			.isEqualTo("附件不能为空，且不能超过 5 MB。");
		assertThat(error(as("lead1", upload(eid, 99, "a.pdf", PDF), 302))).isEqualTo("请选择要上传佐证材料的指标");
		for (int i = 0; i < EvaluationEvidence.PER_ROW - 1; i++) {
			assertThat(error(as("lead1", upload(eid, 0, "照片" + i + ".png", PDF), 302))).isNull();
		}
		assertThat(error(as("lead1", upload(eid, 0, "多余.pdf", PDF), 302)))
			.isEqualTo("每个指标最多上传 5 个佐证材料，请先删除不需要的");
		assertThat(files(eid)).hasSize(EvaluationEvidence.PER_ROW);

		// another unit reaches nothing; a removal takes one file and is audited as the additions were
		as("lead2", get("/evaluations/" + eid + "/evidence/" + file), 403);
		as("lead2", upload(eid, 1, "b.pdf", PDF), 403);
		as("lead2", post("/evaluations/" + eid + "/evidence/" + file + "/delete"), 403);
		as("lead1", get("/evaluations/" + (eid + 100000) + "/evidence/" + file), 404);
		as("lead1", post("/evaluations/" + eid + "/evidence/" + files(eid).get(1) + "/delete"), 302);
		assertThat(files(eid)).hasSize(EvaluationEvidence.PER_ROW - 1).contains(file);
		assertThat(audits(table, "EVALUATION_EVIDENCE_ADD")).isEqualTo(EvaluationEvidence.PER_ROW);
		assertThat(audits(table, "EVALUATION_EVIDENCE_DELETE")).isEqualTo(1);

		// submitted: the department reads the file; the unit can no longer add or remove any
		api.fill(eid, api.filling(eid, true));
		api.submitted(eid);
		byte[] read = as("deptrev1", get("/evaluations/" + eid + "/evidence/" + file), 200).getResponse()
			.getContentAsByteArray();
		assertThat(read).isEqualTo(PDF);
		assertThat(error(as("lead1", upload(eid, 1, "晚到.pdf", PDF), 302))).asString().isNotBlank();
		assertThat(error(as("lead1", post("/evaluations/" + eid + "/evidence/" + file + "/delete"), 302)))
			.asString().isNotBlank();
		assertThat(files(eid)).hasSize(EvaluationEvidence.PER_ROW - 1);
		assertThat(as("deptrev1", get("/evaluations/" + eid), 200).getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("验收报告.pdf").doesNotContain("name=\"file\"");
	}
}
