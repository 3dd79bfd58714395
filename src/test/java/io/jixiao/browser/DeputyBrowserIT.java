package io.jixiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.MutableClock;
import io.jixiao.OnMysql;
import io.jixiao.organizations.FinanceSectionAdmin;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * 委托 in a real Chromium: finance1, whose section alone reviews lead1's department, names finance2 (same bureau and
 * role, another section) as deputy from today to tomorrow on the 委托 page; finance2 then finds finance1's task on
 * 待办 and approves it, and the timeline says 代理. Two days later (the product's clock, moved by the test) the range
 * has ended: finance1's next task is not on finance2's 待办, its page shows finance2 no decision form, and a direct
 * POST of a decision is a 403 (the same POST by finance1 decides it). Screenshots in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = OnMysql.class)
@TestPropertySource(properties = {
		"spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}deputybrowser${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true" })
@Import(MutableClock.FromMonday.class)
class DeputyBrowserIT {

	/** The review form's grade 优, encoded. */
	static final String GRADE_A = "grade=%E4%BC%98";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FinanceSectionAdmin sections;

	@Autowired
	MutableClock clock;

	ChromeDriver driver;

	final HttpClient http = HttpClient.newHttpClient();

	String call(String user, String method, String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":demo12345").getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
		return response.body();
	}

	/** A table of lead1 under this name, approved by the department: a finance task of section A. */
	long atFinance(String name) throws Exception {
		ObjectNode body;
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			body = (ObjectNode) json.readTree(in);
		}
		body.put("projectName", name);
		long id = json.readTree(call("lead1", "POST", "/api/v1/tables", json.writeValueAsString(body))).get("id")
			.asLong();
		call("lead1", "POST", "/api/v1/tables/" + id + "/submit", null);
		call("deptrev1", "POST", "/api/v1/tables/" + id + "/review", "{\"decision\":\"APPROVE\"}");
		return id;
	}

	String status(long id) throws Exception {
		return json.readTree(call("lead1", "GET", "/api/v1/tables/" + id, null)).get("status").asString();
	}

	long id(String sql, String name) {
		return jdbc.queryForObject(sql, Long.class, name);
	}

	@Test
	void aDeputyActsForTheAbsentReviewerDuringTheRangeAndNotAfter() throws Exception {
		// finance1's section alone reviews lead1's department; finance2 is in another section of the same bureau
		long department = id("select o.id from organizations o join organizations u on u.parent_id = o.id"
				+ " join users l on l.organization_id = u.id where l.username = ?", "lead1");
		sections.create("委托测试甲科", List.of(department), List.of(id("select id from users where username = ?",
				"finance1")));
		sections.create("委托测试乙科", List.of(), List.of(id("select id from users where username = ?", "finance2")));
		long first = atFinance("委托浏览器样本一");
		String absentName = jdbc.queryForObject("select display_name from users where username = 'finance1'",
				String.class);

		driver = Browser.start();
		login("finance2");
		assertThat(tasks()).doesNotContain("委托浏览器样本一");

		login("finance1");
		assertThat(tasks()).contains("委托浏览器样本一");
		submit(driver.findElement(By.linkText("委托")));
		new Select(driver.findElement(By.id("deputy"))).selectByValue("finance2");
		LocalDate today = LocalDate.of(2026, 11, 23);
		date(driver.findElement(By.id("from")), today);
		date(driver.findElement(By.id("to")), today.plusDays(1));
		submit(driver.findElement(By.xpath("//button[text()='保存委托']")));
		assertThat(flash()).contains("委托已保存");
		assertThat(row("finance2")).contains("2026-11-23").contains("2026-11-24").contains("生效中");
		Browser.screenshot(driver, "deputy-named");

		login("finance2");
		assertThat(tasks()).contains("委托浏览器样本一");
		submit(driver.findElement(By.linkText("委托浏览器样本一")));
		new Select(driver.findElement(By.id("grade"))).selectByValue("优");
		submit(driver.findElement(By.xpath("//button[text()='提交审核意见']")));
		assertThat(driver.findElement(By.cssSelector(".status-badge")).getText()).isEqualTo("已批复");
		// the decision is finance2's own, naming whom it was taken for
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("（代理" + absentName + "）");
		Browser.screenshot(driver, "deputy-decided");
		assertThat(status(first)).isEqualTo("APPROVED");

		// Wednesday: the range ended yesterday
		clock.advance(Duration.ofDays(2));
		long second = atFinance("委托浏览器样本二");
		login("finance1");
		assertThat(tasks()).contains("委托浏览器样本二");
		submit(driver.findElement(By.linkText("委托")));
		assertThat(row("finance2")).contains("已结束");

		login("finance2");
		driver.get("http://localhost:" + port + "/tables/" + second);
		Browser.screenshot(driver, "deputy-after-range");
		assertThat(driver.findElements(By.xpath("//button[text()='提交审核意见']"))).isEmpty();
		assertThat(tasks()).doesNotContain("委托浏览器样本二");
		assertThat(post("/tables/" + second + "/review", GRADE_A)).startsWith("403 ").contains("您无权查看或操作此内容");
		assertThat(status(second)).isEqualTo("FINANCE_REVIEW");
		// the same hand-made post decides as finance1: the 403 was finance2's lack of the task, not the request
		login("finance1");
		tasks();
		assertThat(post("/tables/" + second + "/review", GRADE_A)).startsWith("redirect ");
		assertThat(status(second)).isEqualTo("APPROVED");

		// the audit trail names the deputy's decision as 代理 too
		login("admin");
		driver.get("http://localhost:" + port + "/admin/audit");
		Browser.screenshot(driver, "deputy-audit");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("（代理" + absentName + "）");
	}

	void login(String user) {
		driver.manage().deleteAllCookies();
		driver.get("http://localhost:" + port + "/login");
		driver.findElement(By.name("username")).sendKeys(user);
		driver.findElement(By.name("password")).sendKeys("demo12345");
		submit(driver.findElement(By.cssSelector("form button[type='submit']")));
	}

	/** Clicks a button or link and waits for the next page. */
	void submit(WebElement button) {
		WebElement page = driver.findElement(By.tagName("html"));
		driver.executeScript("arguments[0].click()", button);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(Browser.gone(page));
	}

	/** The text of 待办. */
	String tasks() {
		driver.get("http://localhost:" + port + "/tasks");
		return driver.findElement(By.tagName("main")).getText();
	}

	String flash() {
		return driver.findElement(By.cssSelector(".alert")).getText();
	}

	/** The row of the 委托 list naming this deputy. */
	String row(String deputy) {
		return driver.findElement(By.xpath("//tbody/tr[td[contains(., '" + deputy + "')]]")).getText();
	}

	/**
	 * Picks a day in a date input. Typed keys land in the fields in the order of the browser's locale (headless
	 * Chromium here: month, day, year, whatever --lang says), so the day is set as the date picker sets it.
	 */
	void date(WebElement input, LocalDate day) {
		driver.executeScript("arguments[0].value = arguments[1];"
				+ " arguments[0].dispatchEvent(new Event('change', { bubbles: true }))", input, day.toString());
		assertThat(input.getDomProperty("value")).isEqualTo(day.toString());
	}

	/**
	 * The status (or "redirect") and text of a form post from the signed-in page, with its CSRF token, as a hand-made
	 * request would send it.
	 */
	String post(String path, String form) {
		return (String) driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const token = document.querySelector("input[name='_csrf']").value;
				fetch(arguments[0], { method: 'POST', redirect: 'manual',
						headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
						body: arguments[1] + '&_csrf=' + encodeURIComponent(token) })
					.then(response => response.text().then(text =>
						done((response.type === 'opaqueredirect' ? 'redirect' : response.status) + ' ' + text)));
				""", path, form);
	}
}
