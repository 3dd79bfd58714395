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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A returned table as its drafter meets it: on a phone (390 px) the table's page reads as one card per indicator
 * without sideways scroll, and the grid highlights the row the reviewer commented on, with the comment; the columns
 * the phone's grid lists under a row can be edited there. The same context (and database) as the other browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}browser${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true" })
class NarrowScreenBrowserIT {

	private static final String COMMENT = "请说明验收合格率的计算口径";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	ChromeDriver driver;

	WebDriverWait wait;

	@BeforeEach
	void start() {
		driver = Browser.start();
		wait = new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	@AfterEach
	void wide() {
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	JsonNode api(String user, String method, String path, String body) throws Exception {
		String auth = Base64.getEncoder().encodeToString((user + ":demo12345").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
			.header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
		return json.readTree(response.body());
	}

	/** A table of lead1's unit returned by the department with a comment on its second row. */
	long returnedWithRowComment() throws Exception {
		String body;
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		long id = api("lead1", "POST", "/api/v1/tables", body).get("id").asLong();
		api("lead1", "POST", "/api/v1/tables/" + id + "/submit", null);
		api("deptrev1", "POST", "/api/v1/tables/" + id + "/review", json.writeValueAsString(Map.of("decision", "RETURN",
				"comment", "请补充说明", "rowComments", List.of(Map.of("row", 1, "comment", COMMENT)))));
		return id;
	}

	void login(String user) {
		driver.get(url("/login"));
		driver.findElement(By.name("username")).sendKeys(user);
		driver.findElement(By.name("password")).sendKeys("demo12345");
		WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(By.cssSelector("button[type='submit']")).click();
		wait.until(Browser.gone(page));
	}

	void phone() {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
	}

	void shot(String name) throws Exception {
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", name + ".png"),
				driver.getScreenshotAs(OutputType.BYTES));
	}

	@Test
	void tablePageOnAPhoneIsOneCardPerIndicatorWithoutSidewaysScroll() throws Exception {
		long id = returnedWithRowComment();
		JsonNode table = api("lead1", "GET", "/api/v1/tables/" + id, null);
		login("lead1");
		phone();
		driver.get(url("/tables/" + id));

		assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
		List<WebElement> cards = driver.findElements(By.cssSelector(".official-table.indicators tbody tr"));
		assertThat(cards).hasSize(table.get("indicators").size());
		assertThat(cards).allSatisfy(card -> assertThat(card.getCssValue("display")).isEqualTo("block"));
		assertThat(driver.findElement(By.cssSelector(".official-table.indicators thead")).isDisplayed()).isFalse();
		WebElement first = cards.get(0);
		JsonNode row = table.get("indicators").get(0);
		assertThat(first.getText()).contains(row.get("level1").asString() + " › " + row.get("level2").asString())
			.contains(row.get("name").asString());
		// each value under its label (the label is the cell's ::before, which getText does not read)
		@SuppressWarnings("unchecked")
		List<String> labelled = (List<String>) driver.executeScript("""
				return Array.from(arguments[0].querySelectorAll('td[data-label]')).map(function (td) {
				    return getComputedStyle(td, '::before').content.replace(/^"|"$/g, '') + '=' + td.textContent.trim(); });""",
				first);
		assertThat(labelled).contains("指标值=" + row.get("value").asString(), "分值权重=" + row.get("weight").asString(),
				"指标值设置依据=" + row.get("basis").asString());
		WebElement noted = driver.findElement(By.cssSelector(".official-table.indicators tr.row-noted"));
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", noted);
		assertThat(noted.getText()).contains(COMMENT);
		shot("30-table-page-390");
	}

	@Test
	void returnedTablesCommentedRowIsHighlightedInTheGridAndEditableOnAPhone() throws Exception {
		long id = returnedWithRowComment();
		String commented = api("lead1", "GET", "/api/v1/tables/" + id, null).get("indicators").get(1).get("name")
			.asString();
		login("lead1");
		driver.get(url("/tables/" + id + "/edit"));
		wait.until(d -> d.findElement(By.id("indicator-grid")).isDisplayed());

		List<WebElement> highlighted = driver.findElements(By.cssSelector("#grid-table .tabulator-row.row-noted"));
		assertThat(highlighted).hasSize(1);
		assertThat(highlighted.get(0).findElement(By.cssSelector("[tabulator-field='name']")).getText())
			.startsWith(commented).contains(COMMENT);
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", highlighted.get(0));
		shot("31-grid-row-comment");

		// on a phone the weight is listed under its row: typed there, it is saved
		phone();
		driver.get(url("/tables/" + id + "/edit"));
		wait.until(d -> d.findElement(By.id("indicator-grid")).isDisplayed());
		assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
		WebElement weight = driver.findElement(
				By.cssSelector("#grid-table .tabulator-row.row-noted .grid-collapsed input[data-field='weight']"));
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", weight);
		weight.clear();
		weight.sendKeys("7", Keys.ENTER);
		wait.until(d -> d.findElement(By.id("grid-state")).getText().equals("有未保存的修改"));
		shot("32-grid-390-collapsed-edit");
		WebElement page = driver.findElement(By.tagName("html"));
		driver.executeScript("arguments[0].click()", driver.findElement(By.id("save-button")));
		wait.until(Browser.gone(page));

		JsonNode saved = api("lead1", "GET", "/api/v1/tables/" + id, null).get("indicators");
		JsonNode row = java.util.stream.StreamSupport.stream(saved.spliterator(), false)
			.filter(r -> r.get("name").asString().equals(commented)).findFirst().orElseThrow();
		assertThat(row.get("weight").asInt()).isEqualTo(7);
	}
}
