package io.jixiao.browser;

import io.jixiao.OnMysql;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.checks.TableKind;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.OrganizationAdmin;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.publication.PublishedFixtures;
import io.jixiao.review.ReviewCommands;
import io.jixiao.review.ReviewForm;
import io.jixiao.targets.Disclosure;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TableStatus;
import io.jixiao.targets.TargetTable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public portal in a real Chromium, without logging in: seed 004 published in the 2020 format, the demo's
 * current-format and unit tables published, one table withheld. Screenshots (screen and print) go to
 * target/screenshots, the downloads to target/publication, to be looked at. A database of its own: it withholds the
 * demo's 大楼维修项目, which ReviewBrowserIT (in the context the other browser tests share) takes through review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = OnMysql.class)
@TestPropertySource(properties = { "spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}publicbrowser${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true" })
class PublicBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationAdmin admin;

	@Autowired
	OrganizationDirectory directory;

	@Autowired
	TableService tables;

	@Autowired
	ReviewCommands review;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JsonMapper json;

	ChromeDriver driver;

	@BeforeEach
	void start() {
		driver = Browser.start();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
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

	/** Clicks a link or button that loads a new page and waits until the old page is gone. */
	void follow(By target) {
		WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(target).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(Browser.gone(page));
	}

	long demoTable(String lead, TableKind kind, int year, String projectName) {
		Account account = (Account) accounts.loadUserByUsername(lead);
		return tables.list(account, year, null, 0, 50).getContent().stream()
			.filter(t -> t.getKind() == kind && (projectName == null || projectName.equals(t.getProjectName())))
			.findFirst().orElseThrow().getId();
	}

	@Test
	void visitorBrowsesSearchesReadsAndDownloadsWithoutLoggingIn() throws Exception {
		PublishedFixtures fixtures = new PublishedFixtures(admin, directory, tables, review, accounts, json);
		PublishedFixtures.Published seed = fixtures.seed004();
		Account lead1 = fixtures.account("lead1");
		long cleaning = demoTable("lead1", TableKind.PROJECT, 2024, "保洁用品项目");
		fixtures.publish(lead1, cleaning, Disclosure.PUBLIC);
		long withheld = demoTable("lead1", TableKind.PROJECT, 2024, "大楼维修项目");
		fixtures.publish(lead1, withheld, Disclosure.WITHHELD);
		long unit = demoTable("lead2", TableKind.UNIT, 2025, null);
		TargetTable unitTable = tables.get(fixtures.account("finance1"), unit);
		assertThat(unitTable.getStatus()).isEqualTo(TableStatus.FINANCE_REVIEW);
		review.review(fixtures.account("finance1"), unit, new ReviewForm("APPROVE", "优", null), List.of());
		review.publish(fixtures.account("finance1"), unit, Disclosure.PUBLIC, null);

		driver.get(url("/public"));
		assertThat(driver.getCurrentUrl()).endsWith("/public");
		// the year's departments with their statements; their tables one click away
		assertThat(main()).contains("2025年", "2024年", "2020年", "库尔勒经济技术开发区管理委员会", "整体预算绩效目标 1 个")
			.doesNotContain("库尔勒经济技术开发区政务服务中心");
		Browser.screenshot(driver, "30-public-index-latest");
		follow(By.cssSelector(".public-tables-link"));
		assertThat(main()).contains("库尔勒经济技术开发区政务服务中心", "单位整体绩效目标表", "第 1 / 1 页，共 1 条");
		Browser.screenshot(driver, "30-public-department-latest");

		// the year tabs keep the department chosen
		follow(By.linkText("2024年"));
		String year2024 = main();
		assertThat(year2024).contains("保洁用品项目", "慰问项目", "不予公开项目 1 个").doesNotContain("大楼维修项目");
		Browser.screenshot(driver, "31-public-index-2024");

		follow(By.linkText("2020年"));
		driver.findElement(By.id("q")).sendKeys("培训");
		follow(By.cssSelector(".public-search button"));
		assertThat(main()).contains("上级拨付培训经费").doesNotContain("译制费");
		Browser.screenshot(driver, "32-public-search");

		follow(By.linkText("上级拨付培训经费"));
		assertThat(main()).contains("项目支出绩效目标表", "克州社会主义学院", "经济效益指标", "198.02");
		Browser.screenshot(driver, "33-public-table-2020");

		driver.get(url("/public/tables/" + cleaning));
		assertThat(main()).contains("保洁用品项目", "指标赋分规则", "按照完成比例赋分");
		Browser.screenshot(driver, "34-public-table-current");
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		Browser.screenshot(driver, "35-public-table-current-print");
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

		driver.get(url("/public/tables/" + unit));
		assertThat(main()).contains("单位整体绩效目标表", "履职效能", "715.20");
		Browser.screenshot(driver, "36-public-table-unit");

		driver.get(url("/public/summary?year=2020&department=" + seed.departmentId()));
		assertThat(main()).contains("2,523.70", "本年度实行绩效管理的项目 30 个");
		Browser.screenshot(driver, "37-public-summary-2020");

		driver.get(url("/public/tables/" + withheld));
		assertThat(driver.getPageSource()).doesNotContain("大楼维修项目");
		Browser.screenshot(driver, "38-public-withheld-404");

		long table2020 = seed.tableIds().get("业务收入成本项目");
		long department2024 = directory.findByName("库尔勒经济技术开发区管理委员会").orElseThrow().getId();
		download("/public/tables/" + table2020 + ".pdf", "table-2020.pdf");
		download("/public/tables/" + table2020 + ".xlsx", "table-2020.xlsx");
		download("/public/tables/" + cleaning + ".pdf", "table-current.pdf");
		download("/public/tables/" + cleaning + ".xlsx", "table-current.xlsx");
		download("/public/tables/" + unit + ".pdf", "table-unit.pdf");
		download("/public/tables/" + unit + ".xlsx", "table-unit.xlsx");
		download("/public/summary.xlsx?year=2020&department=" + seed.departmentId(), "summary-2020.xlsx");
		download("/public/summary.pdf?year=2020&department=" + seed.departmentId(), "disclosure-2020.pdf");
		download("/public/summary.pdf?year=2024&department=" + department2024, "disclosure-2024.pdf");
	}

	/** Fetches a download as a visitor would and keeps it under target/publication. */
	void download(String path, String name) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		Path dir = Path.of("target", "publication");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name), response.body());
	}
}
