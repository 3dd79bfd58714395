package io.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official 自评表 downloads, and the public site: an accepted evaluation of a table published 公开 is shown with
 * its downloads; an evaluation not accepted, or of a table withheld or not published, answers 404 on every path.
 */
@ProductTest
class EvaluationPublicationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	UserDetailsService accounts;

	EvaluationCalls api;

	@BeforeEach
	void calls() {
		api = new EvaluationCalls(mvc, json);
	}

	void accept(long eid) throws Exception {
		api.submitted(eid);
		api.review("deptrev1", eid, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
		api.review("finance1", eid, "{\"decision\":\"APPROVE\",\"scores\":[{\"index\":0,\"score\":4}]}")
			.andExpect(status().isOk());
	}

	void publish(long table, String disclosure) throws Exception {
		api.postAs("finance1", "/api/v1/tables/" + table + "/publish",
				"{\"disclosure\":\"" + disclosure + "\",\"reason\":\"涉密\"}").andExpect(status().isOk());
	}

	int publicStatus(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getStatus();
	}

	String publicPage(String path) throws Exception {
		return new String(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	static List<String> cells(byte[] xlsx) throws Exception {
		List<String> cells = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			DataFormatter format = new DataFormatter();
			for (Row row : book.getSheetAt(0)) {
				for (Cell cell : row) {
					cells.add(format.formatCellValue(cell));
				}
			}
		}
		return cells;
	}

	@Test
	void acceptedEvaluationOfAPublicTableIsPublishedAndEveryOtherAnswers404() throws Exception {
		long shown = api.approved(2022);
		long withheld = api.approved(2022);
		long unpublished = api.approved(2022);
		long notAccepted = api.approved(2022);
		publish(shown, "PUBLIC");
		publish(withheld, "WITHHELD");
		publish(notAccepted, "PUBLIC");
		api.openRound(2022);
		long eid = api.evaluationOf(shown);
		for (long table : List.of(shown, withheld, unpublished)) {
			accept(api.evaluationOf(table));
		}

		String page = new String(mvc.perform(get("/public/evaluations/" + eid)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(page).contains("项目支出绩效自评表").contains("保洁用品项目").contains("92.00（审核 91.00）");
		byte[] xlsx = mvc.perform(get("/public/evaluations/" + eid + ".xlsx")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		assertThat(cells(xlsx)).contains("项目支出绩效自评表", "年度资金总额", "全年预算数（A）", "实际完成值", "偏差原因分析及改进措施",
				"等级：优（审核 优）", "评价结论", "1批次", "5.00（审核 4.00）");
		byte[] pdf = mvc.perform(get("/public/evaluations/" + eid + ".pdf")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		for (long table : List.of(withheld, unpublished, notAccepted)) {
			long other = api.evaluationOf(table);
			for (String suffix : List.of("", ".xlsx", ".pdf")) {
				assertThat(publicStatus("/public/evaluations/" + other + suffix)).as(table + suffix).isEqualTo(404);
			}
		}
		assertThat(publicStatus("/public/evaluations/" + (eid + 100000))).isEqualTo(404);

		// the public table links its accepted evaluation; a public table whose evaluation is not accepted links none
		assertThat(publicPage("/public/tables/" + shown)).contains("href=\"/public/evaluations/" + eid + "\"")
			.contains("本项目绩效自评结果");
		assertThat(publicPage("/public/tables/" + notAccepted)).doesNotContain("/public/evaluations/")
			.doesNotContain("本项目绩效自评结果");

		byte[] internal = mvc.perform(get("/evaluations/" + eid + ".xlsx")
			.with(user(accounts.loadUserByUsername("lead1")))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(cells(internal)).contains("项目支出绩效自评表", "库尔勒经济技术开发区管理委员会");
		mvc.perform(get("/evaluations/" + eid + ".pdf").with(user(accounts.loadUserByUsername("lead2"))))
			.andExpect(status().isForbidden());
	}
}
