package io.jixiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A self-evaluation through the UI, in a real Chromium: finance1 opens the 2025 round; lead1 finds the evaluation on
 * 绩效自评, fills it from the prefill (the budget is there already) and submits; deptrev1 re-scores a row and
 * approves; finance1 re-scores another (抽评) and accepts; the public reads it from the published table's page, with
 * its .xlsx and PDF. The table itself (the 保洁 fixture) is approved and published over the API beforehand.
 * Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
		"spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}evaluationbrowser${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true" })
class EvaluationBrowserIT {

	static final String PROJECT = "保洁用品项目";

	@LocalServerPort
	int port;

	ChromeDriver driver;

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void start() {
		driver = Browser.start();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	HttpResponse<byte[]> call(String user, String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body));
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":demo12345").getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The 保洁 table of 2025, approved and published 公开 over the API. */
	long publishedTable() throws Exception {
		ObjectNode table;
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			table = (ObjectNode) json.readTree(in);
		}
		table.put("year", 2025);
		HttpResponse<byte[]> created = call("lead1", "POST", "/api/v1/tables", json.writeValueAsString(table));
		assertThat(created.statusCode()).isEqualTo(201);
		long id = json.readTree(created.body()).get("id").asLong();
		assertThat(call("lead1", "POST", "/api/v1/tables/" + id + "/submit", null).statusCode()).isEqualTo(200);
		assertThat(call("deptrev1", "POST", "/api/v1/tables/" + id + "/review", "{\"decision\":\"APPROVE\"}")
			.statusCode()).isEqualTo(200);
		assertThat(call("finance1", "POST", "/api/v1/tables/" + id + "/review",
				"{\"decision\":\"APPROVE\",\"grade\":\"优\"}").statusCode()).isEqualTo(200);
		assertThat(call("finance1", "POST", "/api/v1/tables/" + id + "/publish", "{\"disclosure\":\"PUBLIC\"}")
			.statusCode()).isEqualTo(200);
		return id;
	}

	void login(String user) {
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
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

	void type(String name, String text) {
		WebElement field = driver.findElement(By.name(name));
		field.clear();
		field.sendKeys(text);
	}

	String main() {
		return driver.findElement(By.tagName("main")).getText();
	}

	@Test
	void aRoundGoesFromOpeningThroughTheUnitDepartmentAndFinanceToThePublicSite() throws Exception {
		long table = publishedTable();

		login("finance1");
		driver.get(url("/evaluation"));
		type("year", "2025");
		driver.executeScript("arguments[0].value = '2026-03-31'", driver.findElement(By.name("dueDate")));
		submit(driver.findElement(By.xpath("//button[text()='开展年度绩效自评']")));
		assertThat(main()).contains("2025 年度绩效自评");

		login("lead1");
		driver.get(url("/evaluation"));
		submit(driver.findElement(By.linkText(PROJECT)));
		String evaluationPath = URI.create(driver.getCurrentUrl()).getPath();
		assertThat(driver.findElement(By.name("fiscalAnnual")).getAttribute("value")).isEqualTo("3.00");
		type("fiscalExecuted", "2.70");
		type("otherAnnual", "0");
		type("otherExecuted", "0");
		type("overallResult", "全年保洁服务按计划完成，会议服务保障到位");
		type("conclusion", "总体完成年度目标");
		String[] actuals = { "1批次", "100%", "100%", "98%", "100%", "1.20万元", null, "96%" };
		for (int i = 0; i < actuals.length; i++) {
			if (actuals[i] != null) {
				type("rows[" + i + "].actual", actuals[i]);
			}
		}
		new Select(driver.findElement(By.name("rows[6].level"))).selectByValue("达成");
		type("rows[6].judgedPercent", "90");
		type("rows[0].analysis", "采购批次少于计划，下年按季度采购");
		type("rows[6].analysis", "个别时段保洁不及时，已调整排班");
		Browser.screenshot(driver, "evaluation-01-unit-fills");
		submit(driver.findElement(By.cssSelector("button[name='action'][value='submit']")));
		assertThat(main()).contains("实际 1 ÷ 目标 2 × 10 = 5.00").contains("92.00");

		login("deptrev1");
		driver.get(url(evaluationPath));
		type("score7", "8");
		driver.executeScript("arguments[0].click()", driver.findElement(By.id("decision-approve")));
		submit(driver.findElement(By.xpath("//button[text()='提交审核意见']")));

		login("finance1");
		driver.get(url(evaluationPath));
		assertThat(main()).contains("90.00");
		type("score1", "4");
		driver.executeScript("arguments[0].click()", driver.findElement(By.id("decision-approve")));
		Browser.screenshot(driver, "evaluation-02-finance-rescores");
		submit(driver.findElement(By.xpath("//button[text()='提交审核意见']")));
		assertThat(main()).contains("已通过");

		driver.manage().deleteAllCookies();
		driver.get(url("/public/tables/" + table));
		submit(driver.findElement(By.linkText("本项目绩效自评结果")));
		assertThat(main()).contains("项目支出绩效自评表").contains(PROJECT).contains("92.00（审核");
		Browser.screenshot(driver, "evaluation-03-public");
		for (String link : new String[] { "下载自评表（.xlsx）", "下载自评表（PDF）" }) {
			String href = driver.findElement(By.partialLinkText(link)).getAttribute("href");
			HttpResponse<byte[]> file = call(null, "GET", URI.create(href).getPath(), null);
			assertThat(file.statusCode()).as(href).isEqualTo(200);
			assertThat(file.body().length).as(href).isGreaterThan(1000);
		}
	}
}
