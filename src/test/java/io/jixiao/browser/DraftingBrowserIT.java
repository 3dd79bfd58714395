package io.jixiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A project lead drafts the 保洁用品项目 table of seed 001 by hand in a real Chromium: no ERROR; funds reading
 * 3 = 2 + 0 show the fund ERROR; weights summing to 80 show the weight ERROR. The same context (and database) as
 * ReviewBrowserIT and ImportBrowserIT: one boot for the three.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}browser${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true" })
class DraftingBrowserIT {

	/** 保洁用品项目 (seed 001): group, name, value, basis, last year, weight, scoring rule, evidence. */
	private static final String[][] ROWS = {
			{ "产出指标|数量指标", "购置低值易耗品次数", ">=2 批次", "计划标准", "-", "10", "按照完成比例赋分", "原始凭证" },
			{ "产出指标|质量指标", "低值易耗品验收合格率", ">=95 %", "计划标准", "-", "5", "按照完成比例赋分", "原始凭证" },
			{ "产出指标|质量指标", "政府采购率", ">=95 %", "计划标准", "-", "10", "按照完成比例赋分", "原始凭证" },
			{ "产出指标|质量指标", "低值易耗品质量合格率", ">=95 %", "计划标准", "-", "5", "按照完成比例赋分", "原始凭证" },
			{ "产出指标|时效指标", "低值易耗品采购完成率", ">=95 %", "计划标准", "-", "10", "按照完成比例赋分", "原始凭证" },
			{ "成本指标|经济成本指标", "每次采购成本控制数", "<=1.50 万元", "计划标准", "-", "20", "按照完成比例赋分", "原始凭证" },
			{ "效益指标|社会效益指标", "提升营商环境", "有所提升", "计划标准", "-", "20", "按评判等级赋分", "工作资料" },
			{ "满意度指标|满意度指标", "工作人员满意度", ">=95 %", "计划标准", "-", "10", "满意度赋分", "工作资料" } };

	private static final String[] FIELDS = { "levels", "name", "value", "basis", "lastYearValue", "weight",
			"scoringRule", "evidence" };

	@LocalServerPort
	int port;

	ChromeDriver driver;

	@BeforeEach
	void start() {
		driver = Browser.start();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void type(String name, String text) {
		WebElement field = driver.findElement(By.name(name));
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
		field.clear();
		field.sendKeys(text);
	}

	void click(String action) {
		WebElement button = driver.findElement(By.cssSelector("button[name='action'][value='" + action + "']"));
		WebElement page = driver.findElement(By.tagName("html"));
		// a real click on the submit button (the form posts the button's name and value), wherever it is on the page
		driver.executeScript("arguments[0].click()", button);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
	}

	List<String> findings(String severity) {
		return driver.findElements(By.cssSelector(".checks-panel .finding-" + severity)).stream()
			.map(WebElement::getText).toList();
	}

	@Test
	void leadDraftsTheSeedTableByHandAndTheChecksReact() throws Exception {
		driver.get(url("/tables"));
		assertThat(driver.getCurrentUrl()).contains("/login");
		Browser.screenshot(driver, "00-login");
		type("username", "lead1");
		type("password", "demo12345");
		WebElement loginPage = driver.findElement(By.tagName("html"));
		driver.findElement(By.cssSelector("button[type='submit']")).click();
		// signed in once the next page has replaced the login form
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(loginPage));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("绩效目标表");
		Browser.screenshot(driver, "01-table-list");

		driver.findElement(By.linkText("新建项目支出绩效目标表")).click();
		int starting = driver.findElements(By.cssSelector("tr.indicator-row")).size();
		for (int i = starting; i < ROWS.length; i++) {
			click("addSelected");
		}
		assertThat(driver.findElements(By.cssSelector("tr.indicator-row"))).hasSize(ROWS.length);

		type("year", "2026");
		type("projectName", "保洁用品项目");
		type("projectLead", "徐晶");
		type("totalFunds", "3");
		type("fiscalFunds", "3");
		type("otherFunds", "0.00");
		type("overallGoal", "对办公大楼及周边公共区域进行卫生保洁，保障各单位的会议服务质量，定期对基本设施进行检查，"
				+ "做好基本维护保养工作，保障办公大楼公共区域环境干净、整洁、安全、卫生。");
		for (int i = 0; i < ROWS.length; i++) {
			new Select(driver.findElement(By.name("indicators[" + i + "].levels"))).selectByValue(ROWS[i][0]);
			for (int f = 1; f < FIELDS.length; f++) {
				type("indicators[" + i + "]." + FIELDS[f], ROWS[i][f]);
			}
		}
		assertThat(driver.findElement(By.id("weight-total")).getText()).isEqualTo("90");
		click("check");
		assertThat(findings("error")).isEmpty();

		click("save");
		assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).contains("已创建");
		assertThat(findings("error")).isEmpty();
		assertThat(driver.findElements(By.cssSelector("tr.indicator-row"))).hasSize(ROWS.length);
		Browser.screenshot(driver, "02-drafting-seed-table");

		type("fiscalFunds", "2");
		click("check");
		assertThat(findings("error")).anySatisfy(text -> assertThat(text).contains("R02").contains("2.00"));
		Browser.screenshot(driver, "03-fund-error");

		type("fiscalFunds", "3");
		type("indicators[0].weight", "5");
		type("indicators[2].weight", "5");
		assertThat(driver.findElement(By.id("weight-total")).getText()).isEqualTo("80");
		click("check");
		assertThat(findings("error")).anySatisfy(text -> assertThat(text).contains("R08").contains("80"))
			.noneSatisfy(text -> assertThat(text).contains("R02"));
		Browser.screenshot(driver, "04-weight-error");

		driver.get(url("/tables"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("保洁用品项目");
		Browser.screenshot(driver, "05-table-list-after");
	}
}
