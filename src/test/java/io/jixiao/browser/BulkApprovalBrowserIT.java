package io.jixiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.OnMysql;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * 批量同意 on 待办 in a real Chromium, as the department reviewer: five tables checked, one of which has an error-level
 * check result (its stored row lost its value after submission), asks first naming five, approves four and names the
 * fifth, which stays with the department.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = OnMysql.class)
@TestPropertySource(properties = {
		"spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}bulkbrowser${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true" })
class BulkApprovalBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	ChromeDriver driver;

	final HttpClient http = HttpClient.newHttpClient();

	String call(String method, String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("lead1:demo12345".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
		return response.body();
	}

	/** A table of lead1 under this name, submitted to the department. */
	long submitted(String name) throws Exception {
		ObjectNode body;
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			body = (ObjectNode) json.readTree(in);
		}
		body.put("projectName", name);
		long id = json.readTree(call("POST", "/api/v1/tables", json.writeValueAsString(body))).get("id").asLong();
		call("POST", "/api/v1/tables/" + id + "/submit", null);
		return id;
	}

	String status(long id) throws Exception {
		return json.readTree(call("GET", "/api/v1/tables/" + id, null)).get("status").asString();
	}

	@Test
	void bulkApprovalOfFiveWhereOneHasErrorsApprovesFourAndNamesTheFifth() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			ids.add(submitted("批量浏览器样本" + i));
		}
		long broken = ids.get(2);
		// a row without its value: an error-level check that submission would have refused
		jdbc.update("update indicators set value_text = '' where table_id = ? and position = 0", broken);

		driver = Browser.start();
		driver.get("http://localhost:" + port + "/login");
		driver.findElement(By.name("username")).sendKeys("deptrev1");
		driver.findElement(By.name("password")).sendKeys("demo12345");
		next(driver.findElement(By.cssSelector("form button[type='submit']")));
		driver.get("http://localhost:" + port + "/tasks?q=" + java.net.URLEncoder.encode("批量浏览器样本",
				StandardCharsets.UTF_8));
		List<WebElement> boxes = driver.findElements(By.cssSelector(".bulk-item"));
		assertThat(boxes).hasSize(5);
		boxes.forEach(WebElement::click);
		Browser.screenshot(driver, "bulk-five-checked");

		WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(By.cssSelector("#bulk-form button[type='submit']")).click();
		Alert alert = new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
		assertThat(alert.getText()).contains("5 张表");
		alert.accept();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(Browser.gone(page));
		Browser.screenshot(driver, "bulk-four-approved");

		String text = driver.findElement(By.tagName("body")).getText();
		assertThat(text).contains("已批量同意 4 张表。").contains("1 张表未办理").contains("批量浏览器样本3")
			.contains("有错误级检查结果");
		for (long id : ids) {
			assertThat(status(id)).as("table " + id).isEqualTo(id == broken ? "DEPT_REVIEW" : "FINANCE_REVIEW");
		}
	}

	/** Clicks and waits for the next page. */
	void next(WebElement button) {
		WebElement page = driver.findElement(By.tagName("html"));
		button.click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(Browser.gone(page));
	}
}
