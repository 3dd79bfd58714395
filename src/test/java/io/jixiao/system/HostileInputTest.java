package io.jixiao.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import db.migration.V9__clean_stored_text;
import io.jixiao.ProductTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile input as issue 20's probe sent it, built here: control characters and lone surrogates, over-long text,
 * spreadsheet formulas, malformed bodies and parameters, guessing at sign-in. None may give a 500 or break an export.
 */
@ProductTest
class HostileInputTest {

	/** NUL, BEL, ESC, DEL, a C1 control and a lone surrogate: each refused, each breaking a PDF or xlsx if stored. */
	private static final List<String> CONTROLS = List.of("\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\ud800");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	MessageSource messages;

	@LocalServerPort
	int port;

	ObjectNode baojie() throws Exception {
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			return (ObjectNode) json.readTree(in);
		}
	}

	ResultActions postJson(String user, String path, String body) throws Exception {
		return mvc.perform(post(path).with(httpBasic(user, "demo12345")).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	long create(ObjectNode body) throws Exception {
		String answer = postJson("lead1", "/api/v1/tables", json.writeValueAsString(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(answer).get("id").asLong();
	}

	/** lead1's draft through both reviews, published: on the public site, in the summary and the disclosure. */
	long published(ObjectNode body) throws Exception {
		long id = create(body);
		postJson("lead1", "/api/v1/tables/" + id + "/submit", "").andExpect(status().isOk());
		postJson("deptrev1", "/api/v1/tables/" + id + "/review", "{\"decision\":\"APPROVE\"}")
			.andExpect(status().isOk());
		postJson("finance1", "/api/v1/tables/" + id + "/review", "{\"grade\":\"优\"}").andExpect(status().isOk());
		postJson("finance1", "/api/v1/tables/" + id + "/publish", "{\"disclosure\":\"PUBLIC\"}")
			.andExpect(status().isOk());
		return id;
	}

	byte[] download(String path, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
	}

	String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void controlCharactersAndLoneSurrogatesAreRefusedNamingTheField() throws Exception {
		for (String control : CONTROLS) {
			// written by hand: a JSON writer would not pass a lone surrogate through
			String escaped = String.format("\\u%04x", (int) control.charAt(0));
			String name = json.writeValueAsString(baojie().put("projectName", "保洁XX项目")).replace("XX", escaped);
			postJson("lead1", "/api/v1/tables", name).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.error").value("invalid"))
				.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.allOf(
						org.hamcrest.Matchers.containsString("projectName"),
						org.hamcrest.Matchers.containsString("控制字符"))));
			ObjectNode row = baojie();
			((ObjectNode) row.get("indicators").get(1)).put("name", "合格率XX");
			postJson("lead1", "/api/v1/tables", json.writeValueAsString(row).replace("XX", escaped))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("indicators[1].name")));
		}
		// tabs and line breaks are text
		create(baojie().put("overallGoal", "第一段\t说明\r\n第二段"));

		var lead1 = user(accounts.loadUserByUsername("lead1"));
		long before = jdbc.queryForObject("select count(*) from target_tables", Long.class);
		String form = body(mvc.perform(post("/tables/new").with(lead1).with(csrf()).param("kind", "PROJECT")
			.param("year", "2026").param("projectName", "保洁\u0007项目")).andExpect(status().isOk()));
		assertThat(form).contains("含有控制字符");
		assertThat(jdbc.queryForObject("select count(*) from target_tables", Long.class)).isEqualTo(before);

		long id = create(baojie());
		postJson("lead1", "/api/v1/tables/" + id + "/submit", "").andExpect(status().isOk());
		String page = body(mvc.perform(post("/tables/" + id + "/review").with(user(accounts.loadUserByUsername("deptrev1")))
			.with(csrf()).param("decision", "RETURN").param("comment", "请补充\u001b[2J"))
			.andExpect(status().isUnprocessableContent()));
		assertThat(page).contains("「意见」含有控制字符");
		mvc.perform(get("/public").param("q", "\u0000")).andExpect(status().isUnprocessableContent());
	}

	@Test
	void storedControlCharactersNeitherBreakThePdfNorTheWorkbooksAndTheMigrationRemovesThem() throws Exception {
		long id = published(baojie().put("projectName", "控制字符项目"));
		String dirty = "控制\u0000字符\u0007[项目]:*?/\\\u001b\ud800\u0085项目";
		jdbc.update("update table_versions set project_name = ? where table_id = ?", dirty, id);
		jdbc.update("update target_tables set project_name = ? where id = ?", dirty, id);
		jdbc.update("update version_indicators set name = ? where position = 0 and version_id in"
				+ " (select id from table_versions where table_id = ?)", "指标\u0000", id);

		var anonymous = (RequestPostProcessor) request -> request;
		assertThat(download("/public/tables/" + id + ".pdf", anonymous)).startsWith("%PDF".getBytes());
		assertThat(download("/public/summary.pdf?year=2026", anonymous)).startsWith("%PDF".getBytes());
		for (byte[] xlsx : List.of(download("/public/tables/" + id + ".xlsx", anonymous),
				download("/public/summary.xlsx?year=2026", anonymous),
				download("/imports/tables/" + id + ".xlsx", user(accounts.loadUserByUsername("lead1"))))) {
			try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				for (Sheet sheet : book) {
					assertThat(sheet.getSheetName().length()).isLessThanOrEqualTo(31);
					assertThat(sheet.getSheetName()).doesNotContainPattern("[\\[\\]:*?/\\\\\\p{Cc}]");
					assertThat(PlainText.isClean(texts(sheet))).isTrue();
				}
			}
		}

		// utf8mb4 cannot hold a lone surrogate: on MariaDB Connector/J stored '?' in its place, which stays
		String stored = jdbc.queryForObject("select project_name from target_tables where id = ?", String.class, id);
		String cleaned = "控制字符[项目]:*?/\\" + (stored.contains("\ud800") ? "" : "?") + "项目";
		try (Connection connection = dataSource.getConnection()) {
			new V9__clean_stored_text().migrate(new Context() {
				@Override
				public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
					return null;
				}

				@Override
				public Connection getConnection() {
					return connection;
				}
			});
		}
		assertThat(jdbc.queryForObject("select project_name from table_versions where table_id = ?", String.class, id))
			.isEqualTo(cleaned);
		assertThat(jdbc.queryForObject("select project_name from target_tables where id = ?", String.class, id))
			.isEqualTo(cleaned);
		assertThat(jdbc.queryForList("select name from version_indicators where position = 0 and version_id in"
				+ " (select id from table_versions where table_id = ?)", String.class, id)).containsOnly("指标");
	}

	private static String texts(Sheet sheet) {
		StringBuilder text = new StringBuilder();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING) {
					text.append(cell.getStringCellValue());
				}
			}
		}
		return text.toString();
	}

	@Test
	void overlongTextIsRefusedNamingTheLimitAndNotificationsAreCutToTheirColumn() throws Exception {
		long id = create(baojie().put("projectName", "很长的项目名称".repeat(42)));
		postJson("lead1", "/api/v1/tables/" + id + "/submit", "").andExpect(status().isOk());
		String review = "/api/v1/tables/" + id + "/review";
		for (String comment : List.of("意".repeat(2001), "意".repeat(1_000_000))) {
			postJson("deptrev1", review, json.writeValueAsString(Map.of("decision", "RETURN", "comment", comment)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.message").value("「意见」最多 2000 个字，请删减后重试。"));
		}
		postJson("deptrev1", review, json.writeValueAsString(Map.of("decision", "RETURN", "comment", "意".repeat(2000),
				"rowComments", List.of(Map.of("row", 0, "comment", "行".repeat(1001))))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value("「意见」最多 1000 个字，请删减后重试。"));
		// a comment as long as allowed, with a long project name: the notification is cut to its column
		postJson("deptrev1", review, json.writeValueAsString(Map.of("decision", "RETURN", "comment", "意".repeat(2000))))
			.andExpect(status().isOk());
		String told = jdbc.queryForObject("select message from notifications where table_id = ? and kind = 'returned'",
				String.class, id);
		assertThat(told).hasSize(500).endsWith("…");

		long approved = published(baojie());
		postJson("finance1", "/api/v1/tables/" + approved + "/publish",
				json.writeValueAsString(Map.of("disclosure", "WITHHELD", "reason", "理".repeat(501))))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void exportsNeverHandASpreadsheetAFormula() throws Exception {
		String formula = "=cmd|' /C calc'!A0";
		mvc.perform(formLogin("/login").user(formula).password("x")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin("/login").user("+" + formula).password("x")).andExpect(redirectedUrl("/login?error"));
		String csv = body(mvc.perform(get("/admin/audit.csv").with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk()));
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new java.io.StringReader(csv.substring(1))).getRecords();
		assertThat(records).anySatisfy(r -> assertThat(r.get(2)).isEqualTo("'" + formula));
		assertThat(records).allSatisfy(r -> r.forEach(field -> assertThat(field).doesNotStartWith("=")
			.doesNotStartWith("+").doesNotStartWith("@")));

		long id = published(baojie().put("projectName", "@SUM(1+1)*cmd").put("projectLead", "-2+3"));
		var anonymous = (RequestPostProcessor) request -> request;
		for (byte[] xlsx : List.of(download("/public/tables/" + id + ".xlsx", anonymous),
				download("/imports/tables/" + id + ".xlsx", user(accounts.loadUserByUsername("lead1"))))) {
			try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				int found = 0;
				for (Sheet sheet : book) {
					for (Row row : sheet) {
						for (Cell cell : row) {
							assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
							if (cell.getCellType() == CellType.STRING
									&& PlainText.looksLikeFormula(cell.getStringCellValue())) {
								assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
								found++;
							}
						}
					}
				}
				assertThat(found).isPositive();
			}
		}
	}

	/**
	 * Bodies and parameters no form sends, paths and methods no controller has, requests the firewall refuses and the
	 * actuator's refusals: each a 4xx with the contract's {@code {"error","message"}} in Chinese, never a 500.
	 */
	@Test
	void malformedBodiesAndParametersAndUnmappedPathsAnswerChineseJson() throws Exception {
		var lead1 = httpBasic("lead1", "demo12345");
		String huge = json.writeValueAsString(baojie()).replace("\"totalFunds\":3", "\"totalFunds\":1e2147483647");
		assertThat(huge).contains("1e2147483647");
		Map<ResultActions, Integer> answers = new java.util.LinkedHashMap<>();
		answers.put(postJson("lead1", "/api/v1/tables", "{\"kind\":null,\"indicators\":null,\"year\":2026}"), 422);
		answers.put(postJson("lead1", "/api/v1/tables", "{\"kind\":null,\"indicators\":null}"), 422);
		answers.put(postJson("lead1", "/api/v1/tables", huge), 422);
		answers.put(mvc.perform(get("/api/v1/tables").param("page", "2147483647").with(lead1)), 422);
		answers.put(mvc.perform(get("/api/v1/no-such-thing").with(lead1)), 404);
		answers.put(mvc.perform(get("/public/api/v1/no-such-thing")), 404);
		answers.put(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.delete("/api/v1/tables").with(lead1)), 405);
		answers.put(mvc.perform(get("/api/v1/tables").with(lead1).with(request -> {
			request.setRequestURI("/api/v1/tables;x=1");
			return request;
		})), 400);
		answers.put(mvc.perform(get("/actuator/info")), 401);
		answers.put(mvc.perform(get("/actuator/prometheus").with(lead1)), 403);
		for (var answer : answers.entrySet()) {
			var result = answer.getKey().andReturn();
			String label = result.getRequest().getMethod() + " " + result.getRequest().getRequestURI();
			assertThat(result.getResponse().getStatus()).as(label).isEqualTo(answer.getValue());
			JsonNode error = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
			assertThat(error.get("error").asString()).as(label).isNotBlank();
			assertThat(error.get("message").asString()).as(label).containsPattern("\\p{IsHan}")
				.doesNotContain("Exception");
		}
		// the pages: a huge page number shows the list, not a 500
		mvc.perform(get("/tables").param("page", "2147483647").with(user(accounts.loadUserByUsername("lead1"))))
			.andExpect(status().isOk());
		mvc.perform(get("/admin/audit").param("page", "2147483647").with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk());
		String page = body(mvc.perform(get("/no-such-page").with(user(accounts.loadUserByUsername("lead1"))))
			.andExpect(status().isNotFound()));
		assertThat(page).contains("您要找的内容不存在");
	}

	ResultActions signIn(String name, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", name).param("password", password).with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			}));
	}

	/**
	 * A name without an account locks after as many failures as one with, so the answer does not tell them apart;
	 * one address guessing across names gets the same answer once it failed too often in a minute.
	 */
	@Test
	void signInAnswersDoNotTellWhichNamesExistAndOneAddressCannotGuessOnAndOn() throws Exception {
		String unknown = "nobody-" + System.nanoTime();
		for (int i = 0; i < 5; i++) {
			signIn(unknown, "wrong-" + i, "198.51.100.7").andExpect(redirectedUrl("/login?error"));
		}
		signIn(unknown, "demo12345", "198.51.100.8").andExpect(redirectedUrl("/login?locked"));

		for (int i = 0; i < 30; i++) {
			signIn("guess-" + i + "-" + System.nanoTime(), "123456", "203.0.113.99")
				.andExpect(redirectedUrl("/login?error"));
		}
		signIn("lead2", "demo12345", "203.0.113.99").andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/api/v1/me").with(httpBasic("lead2", "demo12345")).with(request -> {
			request.setRemoteAddr("203.0.113.99");
			return request;
		})).andExpect(status().isUnauthorized());
		signIn("lead2", "demo12345", "203.0.113.100").andExpect(redirectedUrl("/"));
	}

	/** 「2,026年」 in file names and 「编号 1,320」 on the audit check: years and ids are never grouped. */
	@Test
	void yearsAndIdsAreWrittenWithoutGrouping() throws Exception {
		var lead1 = user(accounts.loadUserByUsername("lead1"));
		long id = create(baojie());
		for (String path : List.of("/imports/tables.xlsx?year=2026", "/imports/tables/" + id + ".xlsx")) {
			String disposition = java.net.URLDecoder.decode(mvc.perform(get(path).with(lead1))
				.andExpect(status().isOk()).andReturn().getResponse().getHeader("Content-Disposition"),
					StandardCharsets.UTF_8);
			assertThat(disposition).as(path).contains("2026年").doesNotContain("2,026");
		}
		assertThat(messages.getMessage("audit.verify.broken", new Object[] { 1320L, 1320L }, Locale.SIMPLIFIED_CHINESE))
			.contains("编号 1320。");
	}

	/**
	 * An upload whose multipart body ends early (the connection's output closed before its announced length) or
	 * lacks its closing boundary: a client error in Chinese from the real server, JSON on the API, the error page on
	 * the import page.
	 */
	@Test
	void aCutOffUploadIsAClientErrorInChineseNotAServerError() throws Exception {
		byte[] file = new ClassPathResource("imports/seeds/002_e66e49748b60097d.txt").getContentAsByteArray();
		String basic = "Authorization: Basic "
				+ Base64.getEncoder().encodeToString("lead1:demo12345".getBytes(StandardCharsets.UTF_8)) + "\r\n";
		String page = pageSession();
		for (String head : List.of("POST /api/v1/import?dryRun=true HTTP/1.1\r\n" + basic,
				"POST /imports HTTP/1.1\r\n" + page)) {
			byte[] open = ("--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"002.txt\"\r\n"
					+ "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
			byte[] whole = concat(open, file, "\r\n--cut--\r\n".getBytes(StandardCharsets.UTF_8));
			byte[] cutOff = java.util.Arrays.copyOf(whole, open.length + file.length / 2);
			byte[] unclosed = concat(open, file, "\r\n".getBytes(StandardCharsets.UTF_8));
			String[] answers = { raw(head, whole.length, cutOff), raw(head, unclosed.length, unclosed) };
			for (String answer : answers) {
				String label = head.substring(0, head.indexOf(" HTTP")) + ": " + answer.lines().findFirst().orElse("");
				assertThat(answer).as(label).matches("(?s)HTTP/1\\.1 4\\d\\d .*").doesNotContain("Exception");
				if (head.contains("/api/")) {
					assertThat(answer).as(label).contains("application/json").contains("\"error\"")
						.containsPattern("\"message\":\"[^\"]*\\p{IsHan}");
				}
				else {
					assertThat(answer).as(label).contains("text/html").contains("出错了");
				}
			}
		}
	}

	/** The headers of a signed-in browser session on the import page: its cookie and CSRF token. */
	private String pageSession() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		String base = "http://127.0.0.1:" + port;
		Pattern token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
		Matcher login = token.matcher(browser
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body());
		assertThat(login.find()).isTrue();
		browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=lead1&password=demo12345&_csrf=" + java.net.URLEncoder.encode(login.group(1),
						StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.discarding());
		Matcher form = token.matcher(browser
			.send(HttpRequest.newBuilder(URI.create(base + "/imports")).build(), HttpResponse.BodyHandlers.ofString())
			.body());
		assertThat(form.find()).as("signed in: the import page has its form").isTrue();
		StringBuilder cookie = new StringBuilder("Cookie: ");
		for (HttpCookie c : cookies.getCookieStore().getCookies()) {
			cookie.append(c.getName()).append('=').append(c.getValue()).append("; ");
		}
		// as a browser posts the form: it asks for a page
		return cookie + "\r\nX-CSRF-TOKEN: " + form.group(1) + "\r\nAccept: text/html\r\n";
	}

	/**
	 * The request written to the real server as given, announcing {@code length} bytes of multipart body, its output
	 * then closed; the whole answer.
	 */
	private String raw(String head, int length, byte[] body) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write((head + "Host: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=cut\r\n"
					+ "Content-Length: " + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			out.write(body);
			out.flush();
			socket.shutdownOutput();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static byte[] concat(byte[]... parts) {
		java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
		for (byte[] part : parts) {
			all.writeBytes(part);
		}
		return all.toByteArray();
	}
}
