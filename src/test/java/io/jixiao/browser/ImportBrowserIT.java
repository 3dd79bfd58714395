package io.jixiao.browser;

import io.jixiao.OnMysql;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A project lead imports in a real Chromium: a disclosure document pasted on the import page (preview with warnings,
 * then saved), a workbook uploaded, and indicator rows pasted into the drafting form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = OnMysql.class)
@TestPropertySource(properties = { "spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}browser${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true" })
class ImportBrowserIT {

	@LocalServerPort
	int port;

	ChromeDriver driver;

	WebDriverWait wait;

	@BeforeEach
	void start() {
		driver = Browser.start();
		wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		// a page replaced while it is being read is read again on the next poll
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	static String seed(String name) throws IOException {
		try (InputStream in = new ClassPathResource("imports/seeds/" + name).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	void login(String user) {
		driver.get(url("/login"));
		driver.findElement(By.name("username")).sendKeys(user);
		driver.findElement(By.name("password")).sendKeys("demo12345");
		WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(By.cssSelector("button[type='submit']")).click();
		// signed in only once the next page has replaced the login form
		wait.until(Browser.gone(page));
	}

	void setValue(WebElement field, String text) {
		driver.executeScript("arguments[0].value = arguments[1]", field, text);
	}

	/** The text of the page's main part; read again when a navigation replaced the page under the read. */
	String main() {
		for (int attempt = 0;; attempt++) {
			try {
				return driver.findElement(By.tagName("main")).getText();
			}
			catch (org.openqa.selenium.StaleElementReferenceException e) {
				if (attempt == 5) {
					throw e;
				}
			}
		}
	}

	@Test
	void leadImportsADocumentAWorkbookAndPastedRows() throws Exception {
		login("lead2");
		WebElement tasks = driver.findElement(By.tagName("html"));
		driver.findElement(By.linkText("导入…")).click();
		wait.until(Browser.gone(tasks));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("导入绩效目标表");
		Browser.screenshot(driver, "10-import-page");

		setValue(driver.findElement(By.id("text")), seed("003_864d9f9dd3281adf.txt"));
		driver.findElement(By.cssSelector("#import-form button[type='submit']")).click();
		wait.until(d -> main().contains("读到 4 张表"));
		assertThat(main()).contains("一门、一网、一线综柜建设").contains("没有列分隔");
		Browser.screenshot(driver, "11-import-preview");

		driver.findElement(By.id("save-import")).click();
		wait.until(d -> main().contains("已保存 4 张表为草稿"));
		Browser.screenshot(driver, "12-import-saved");

		// seed 002 saved through the API, exported with the browser's session, uploaded as a workbook
		http("/api/v1/import?dryRun=false", "Basic " + java.util.Base64.getEncoder()
			.encodeToString("lead2:demo12345".getBytes(StandardCharsets.UTF_8)), seed("002_e66e49748b60097d.txt"));
		byte[] exported = http("/imports/tables.xlsx?year=2023", null, null);
		Path workbook = Files.createTempFile("import", ".xlsx");
		Files.write(workbook, exported);
		driver.get(url("/imports"));
		driver.findElement(By.id("file")).sendKeys(workbook.toString());
		driver.findElement(By.cssSelector("#import-form button[type='submit']")).click();
		wait.until(d -> main().contains("读到 4 张表"));
		assertThat(main()).contains("工作表「表1 部门专项—行政服务中心业务经费」");
		Browser.screenshot(driver, "13-import-workbook-preview");

		driver.get(url("/tables/new?kind=PROJECT"));
		WebElement paste = driver.findElement(By.id("paste-text"));
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", paste);
		List<String> lines = Arrays.asList(seed("001_94d8ff0978c54476.txt").split("\n"));
		setValue(paste, String.join("\n", lines.subList(580, 597)));
		driver.executeScript("arguments[0].click()", driver.findElement(By.id("paste-preview")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("paste-result")));
		assertThat(driver.findElements(By.cssSelector("#paste-rows tbody tr"))).hasSize(13);
		assertThat(driver.findElement(By.id("paste-notes")).getText()).contains("「受益群体满」与「意度」已合并")
			.contains("按所填的 2027 年处理").doesNotContain("错误");
		Browser.screenshot(driver, "14-paste-preview");

		// the drafting grid takes the rows in place, without a page load
		driver.executeScript("arguments[0].click()", driver.findElement(By.id("paste-replace")));
		wait.until(d -> Grid.names(driver).size() == 13);
		assertThat(Grid.names(driver).get(12)).isEqualTo("受益群体满意度");
		wait.until(d -> "90".equals(d.findElement(By.id("weight-total")).getText()));
		Browser.screenshot(driver, "15-paste-applied");
	}

	@Test
	void leadFillsLastYearsValuesAndPicksAnIndicatorFromTheLibrary() throws Exception {
		login("lead1");
		driver.get(url("/tables/new?kind=PROJECT"));
		driver.findElement(By.name("year")).clear();
		driver.findElement(By.name("year")).sendKeys("2025");
		driver.findElement(By.name("projectName")).sendKeys("慰问项目");
		List<String> lines = Arrays.asList(seed("001_94d8ff0978c54476.txt").split("\n"));
		setValue(driver.findElement(By.id("paste-text")), String.join("\n", lines.subList(635, 646)));
		driver.executeScript("arguments[0].click()", driver.findElement(By.id("paste-preview")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("paste-result")));
		driver.executeScript("arguments[0].click()", driver.findElement(By.id("paste-replace")));
		wait.until(d -> Grid.names(driver).size() == 7);
		assertThat(driver.findElement(By.name("projectName")).getAttribute("value")).isEqualTo("慰问项目");

		driver.executeScript("arguments[0].click()", driver.findElement(By.id("fill-last-year")));
		wait.until(d -> d.findElement(By.id("library-status")).getText().contains("共填入 7 项"));
		assertThat(Grid.cell(driver, 1, "lastYearValue").getText()).isEqualTo(">=2次");

		Grid.edit(driver, 2, "name");
		wait.until(d -> !d.findElements(By.cssSelector("#indicator-suggestions option")).isEmpty());
		assertThat(driver.findElements(By.cssSelector("#indicator-suggestions option")))
			.extracting(o -> o.getAttribute("value")).contains("慰问次数", "慰问单位数量");
		Browser.screenshot(driver, "16-library-last-year");
	}

	/** A request with HTTP Basic (when given) or else the browser's session. */
	private byte[] http(String path, String authorization, String body) throws Exception {
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		else {
			// the browser's cookies, whatever the session cookie is called
			request.header("Cookie", String.join("; ", driver.manage().getCookies().stream()
				.map(cookie -> cookie.getName() + "=" + cookie.getValue()).toList()));
		}
		if (body != null) {
			request.header("Content-Type", "text/plain;charset=UTF-8")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
		}
		var response = java.net.http.HttpClient.newHttpClient().send(request.build(),
				java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}
}
