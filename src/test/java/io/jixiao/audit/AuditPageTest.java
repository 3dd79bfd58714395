package io.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import io.jixiao.evidence.StatementCounter;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The administrator reads the audit log in Chinese; what is stored, and so the chain, stays as written. */
@ProductTest
class AuditPageTest {

	private static final Pattern DETAILS_CELL = Pattern.compile("<td class=\"small details-cell\">(.*?)</td>",
			Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditTrail trail;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	AuditDetails readable;

	String send(String username, MockHttpServletRequestBuilder request, String body) throws Exception {
		return mvc.perform(request.with(httpBasic(username, "demo12345")).contentType(MediaType.APPLICATION_JSON)
			.content(body == null ? "" : body)).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	String asAdmin(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(accounts.loadUserByUsername("admin")))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	long draft(String projectName) throws Exception {
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			ObjectNode table = (ObjectNode) json.readTree(in);
			table.put("projectName", projectName);
			return json.readTree(send("lead1", post("/api/v1/tables"), json.writeValueAsString(table))).get("id")
				.asLong();
		}
	}

	/** Saves the draft with a new total (both amounts +2) and a new value in its first row. */
	void edit(long id) throws Exception {
		ObjectNode table = (ObjectNode) json.readTree(send("lead1", get("/api/v1/tables/" + id), null));
		table.put("totalFunds", table.get("totalFunds").decimalValue().add(java.math.BigDecimal.valueOf(2)));
		table.put("fiscalFunds", table.get("fiscalFunds").decimalValue().add(java.math.BigDecimal.valueOf(2)));
		((ObjectNode) table.get("indicators").get(0)).put("value", "≥ 999 批");
		send("lead1", put("/api/v1/tables/" + id), json.writeValueAsString(table));
	}

	/** The text of each details cell on the page, without markup. */
	static List<String> details(String html) {
		List<String> cells = new ArrayList<>();
		Matcher m = DETAILS_CELL.matcher(html);
		while (m.find()) {
			cells.add(HtmlUtils.htmlUnescape(m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip()));
		}
		return cells;
	}

	@Test
	void submissionDecisionWithGradeAndSaveReadAsChinese() throws Exception {
		long id = draft("审计可读性项目");
		edit(id);
		send("lead1", post("/api/v1/tables/" + id + "/submit"), null);
		send("deptrev1", post("/api/v1/tables/" + id + "/review"), "{\"decision\":\"APPROVE\"}");
		send("finance1", post("/api/v1/tables/" + id + "/review"), "{\"grade\":\"良\",\"comment\":\"满意度指标可再细化\"}");

		String page = asAdmin(get("/admin/audit").param("table", String.valueOf(id)));
		String text = String.join("\n", details(page));

		assertThat(text).contains("版本：第 1 版；审核环节：主管部门审核；处理后状态：主管部门审核中")
			.contains("审核环节：财政审核；处理后状态：已批复；评定等级：良；意见：满意度指标可再细化")
			.contains("修改 1 个指标：购置低值易耗品次数；年度资金总额 3.00 → 5.00 万元；财政拨款 3.00 → 5.00 万元")
			.contains("「购置低值易耗品次数」指标值：>=2 批次 → ≥ 999 批")
			.doesNotContain("DEPT_REVIEW").doesNotContain("stage").doesNotContain("totalFunds");
		assertThat(page).contains("<summary>查看全部改动</summary>").contains("审计可读性项目").contains("#" + id);
	}

	@Test
	void failedSignInNamesItsReasonAndTheLoopbackAddress() throws Exception {
		mvc.perform(formLogin("/login").user("audit-page-nobody").password("wrong"));

		String page = asAdmin(get("/admin/audit").param("actor", "audit-page-nobody"));

		assertThat(details(page)).containsExactly("输入的用户名：audit-page-nobody；原因：用户名或密码错误");
		assertThat(page).contains(">本机<").doesNotContain("BadCredentialsException").doesNotContain("127.0.0.1");
	}

	/** Actions, keys and codes added since (other processes write new ones) are shown as written, never refused. */
	@Test
	void unknownActionsKeysAndCodesAreShownAsWritten() {
		assertThat(readable.action("ADJUST_START")).isEqualTo("ADJUST_START");
		assertThat(readable.render("ADJUST_START", """
				{"stage":"ADJUSTING","newKey":"SOME_CODE","reason":"预算追加","parts":{"a":[1,2]},"flag":true,"gone":null}""")
			.line()).isEqualTo("审核环节：ADJUSTING；原因：预算追加；newKey：SOME_CODE；parts：a：1、2；flag：是");
		assertThat(readable.render("LOGIN_FAILED", "{\"reason\":\"SessionAuthenticationException\"}").line())
			.isEqualTo("原因：其他原因（SessionAuthenticationException）");
		assertThat(readable.render("UPDATE", "not json").line()).isEqualTo("not json");
	}

	@Test
	void anAdministratorsChangeNamesOnlyTheFieldsThatChanged() {
		assertThat(readable.render("USER_UPDATE", """
				{"id":7,"username":"wanglei","passwordChanged":true,
				 "before":{"displayName":"王磊","role":"LEAD","organization":"党政办公室","enabled":true},
				 "after":{"displayName":"王磊","role":"DEPT_REVIEWER","organization":"党政办公室","enabled":false}}""")
			.line()).isEqualTo("用户名：wanglei；修改了密码：是；用户编号：7；角色：项目负责人 → 主管部门审核；启用：是 → 否");
	}

	@Test
	void loopbackReadsAsThisMachineAndMappedAddressesAsIpv4() {
		assertThat(readable.address("0:0:0:0:0:0:0:1")).isEqualTo("本机");
		assertThat(readable.address("127.0.0.1")).isEqualTo("本机");
		assertThat(readable.address("::ffff:127.0.0.1")).isEqualTo("本机");
		assertThat(readable.address("0:0:0:0:0:ffff:a01:203")).isEqualTo("10.1.2.3");
		assertThat(readable.address("203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(readable.address("2001:db8::7")).isEqualTo("2001:db8::7");
		assertThat(readable.address("proxy.example")).isEqualTo("proxy.example");
		assertThat(readable.address(null)).isNull();
	}

	/** Every key and every upper-case code the demo data stored is read as Chinese, action by action. */
	@Test
	void demoDataShowsNoEnglishKeysOrCodes() throws Exception {
		int checked = 0;
		for (String action : AuditAction.searchable()) {
			List<String> stored = jdbc.queryForList(
					"select details from audit_events where action = ? order by seq desc limit 50", String.class, action);
			Set<String> english = new HashSet<>();
			for (String details : stored) {
				collect(json.readTree(details), english);
			}
			for (String cell : details(asAdmin(get("/admin/audit").param("action", action)))) {
				checked++;
				for (String word : english) {
					assertThat(Pattern.compile("\\b" + word + "\\b").matcher(cell).find()).as(action + ": " + word + " in " + cell)
						.isFalse();
				}
			}
		}
		assertThat(checked).isGreaterThan(20);
	}

	private static void collect(JsonNode node, Set<String> english) {
		if (node.isObject()) {
			english.addAll(node.propertyNames());
		}
		if (node.isString() && node.asString().matches("[A-Z][A-Z_]+|\\w+Exception")) {
			english.add(node.asString());
		}
		node.forEach(child -> collect(child, english));
	}

	@Test
	void readingTheLogLeavesTheStoredDetailsAndTheChainAsTheyWere() throws Exception {
		long id = draft("审计链项目");
		edit(id);
		String stored = jdbc.queryForObject("select details from audit_events where table_id = ? and action = 'UPDATE'",
				String.class, id);

		asAdmin(get("/admin/audit"));
		String csv = asAdmin(get("/admin/audit.csv").param("table", String.valueOf(id)));

		assertThat(jdbc.queryForObject("select details from audit_events where table_id = ? and action = 'UPDATE'",
				String.class, id)).isEqualTo(stored).contains("\"totalFunds\"");
		assertThat(trail.verify().valid()).isTrue();
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv.substring(1))).getRecords();
		CSVRecord update = records.stream().filter(r -> r.get(4).equals("保存修改")).findFirst().orElseThrow();
		assertThat(update.get(6)).isEqualTo("审计链项目");
		assertThat(update.get(7)).startsWith("修改 1 个指标：购置低值易耗品次数；年度资金总额 3.00 → 5.00 万元")
			.contains("\n「购置低值易耗品次数」指标值：>=2 批次 → ≥ 999 批");
		assertThat(update.get(8)).isEqualTo("本机");
		assertThat(update.get(update.size() - 1)).isEqualTo(stored);
	}

	/**
	 * The tables' names come in one query for the whole page: a full page of one table's events costs what a full
	 * page of many tables' events does.
	 */
	@Test
	void statementsOfThePageDoNotGrowWithTheTablesOnIt() throws Exception {
		long single = draft("语句计数一");
		for (int i = 0; i < 49; i++) {
			edit(single);
		}
		for (int i = 2; i <= 6; i++) {
			draft("语句计数" + i);
		}
		asAdmin(get("/admin/audit")); // warm: the first rendering reads the templates and bundles

		StatementCounter.start();
		String one = asAdmin(get("/admin/audit").param("table", String.valueOf(single)));
		int forOne = StatementCounter.stop();
		StatementCounter.start();
		String many = asAdmin(get("/admin/audit"));
		int forMany = StatementCounter.stop();

		assertThat(details(one)).hasSize(50);
		assertThat(details(many)).hasSize(50);
		assertThat(many).contains("语句计数一").contains("语句计数2").contains("语句计数6");
		assertThat(forMany).isEqualTo(forOne);
		System.out.println("audit page statements: " + forOne + " (one table), " + forMany + " (six tables)");
	}
}
