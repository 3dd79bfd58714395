package io.jixiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * An adjustment through the UI only, in a real Chromium: lead1 applies to adjust the published 慰问项目 with a reason
 * and changes a target, the public page keeps the version in force meanwhile; deptrev1 approves, finance1 sees the
 * proposal against the version in force, approves with 优 and publishes; the public page then shows the new targets
 * marked 调整后 with the reason and the original version linked; and lead1 finds the demo's red monitoring report on
 * 待办 and opens the adjustment of its table from it. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
		"spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}adjustbrowser${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true" })
class AdjustmentBrowserIT {

	static final String PROJECT = "慰问项目";
	static final String REASON = "下半年追加预算，慰问对象扩大到辖区企业";

	@LocalServerPort
	int port;

	ChromeDriver driver;

	@BeforeEach
	void start() {
		driver = Browser.start();
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

	String main() {
		return driver.findElement(By.tagName("main")).getText();
	}

	@Test
	void aLeadAdjustsAPublishedTableAndThePublicSeesTheApprovedAdjustmentMarkedWithTheOriginalLinked()
			throws Exception {
		login("lead1");
		driver.get("http://localhost:" + port + "/tables");
		submit(driver.findElement(By.linkText(PROJECT)));
		String tablePath = java.net.URI.create(driver.getCurrentUrl()).getPath();
		String publicPath = "http://localhost:" + port + "/public" + tablePath;
		driver.findElement(By.cssSelector("details.adjust-open summary")).click();
		driver.findElement(By.id("adjust-reason")).sendKeys(REASON);
		Browser.screenshot(driver, "adjust-01-apply");
		submit(driver.findElement(By.cssSelector("form.adjust-form button[type='submit']")));
		assertThat(driver.findElement(By.cssSelector(".status-badge")).getText()).isEqualTo("调整中");
		assertThat(main()).contains("绩效目标调整中").contains(REASON);

		submit(driver.findElement(By.linkText("编辑")));
		Grid.ready(driver);
		Grid.edit(driver, 1, "value");
		Grid.ctrl(driver, "a");
		Grid.keys(driver, ">=4次", Keys.ENTER);
		Browser.screenshot(driver, "adjust-02-proposal");
		submit(driver.findElement(By.cssSelector("button[name='action'][value='save']")));
		submit(driver.findElement(By.linkText("查看")));
		submit(driver.findElement(By.xpath("//button[text()='提交审核']")));

		// the public still reads the version in force
		driver.manage().deleteAllCookies();
		driver.get(publicPath);
		assertThat(main()).contains(">=2次").doesNotContain(">=4次");

		login("deptrev1");
		driver.get("http://localhost:" + port + tablePath);
		assertThat(main()).contains("调整方案（第 3 版）与现行有效版本（第 2 版）相比的变化");
		submit(driver.findElement(By.xpath("//button[text()='提交审核意见']")));

		login("finance1");
		driver.get("http://localhost:" + port + tablePath);
		assertThat(main()).contains("与现行有效版本（第 2 版）相比的变化").contains(">=4次");
		Browser.screenshot(driver, "adjust-03-finance-sees-diff");
		new Select(driver.findElement(By.id("grade"))).selectByValue("优");
		submit(driver.findElement(By.xpath("//button[text()='提交审核意见']")));
		assertThat(driver.findElement(By.cssSelector(".status-badge")).getText()).isEqualTo("已批复");
		driver.findElement(By.id("disclosure-public")).click();
		submit(driver.findElement(By.xpath("//button[text()='保存公开决定']")));
		assertThat(driver.findElement(By.cssSelector(".status-badge")).getText()).isEqualTo("已公开");

		driver.manage().deleteAllCookies();
		driver.get(publicPath);
		assertThat(main()).contains("调整后").contains(REASON).contains(">=4次");
		Browser.screenshot(driver, "adjust-04-public-adjusted");
		submit(driver.findElement(By.partialLinkText("查看原批复版本")));
		assertThat(main()).contains("原批复版本（第 1 版）").contains(">=2次").doesNotContain(">=4次");
		Browser.screenshot(driver, "adjust-05-public-original");
	}

	@Test
	void aLeadFindsTheRedMonitoringReportOnTheTaskListAndAdjustsItsTableFromIt() throws Exception {
		login("lead1");
		driver.get("http://localhost:" + port + "/tasks");
		WebElement section = driver.findElement(By.cssSelector("section.monitoring-tasks"));
		assertThat(section.getText()).contains("运行监控任务").contains("招商引资专项经费").contains("单位填报");
		submit(section.findElement(By.linkText("招商引资专项经费")));
		String reportUrl = driver.getCurrentUrl();
		driver.findElement(By.cssSelector("details.adjust-propose summary")).click();
		String reason = driver.findElement(By.id("adjust-reason")).getDomProperty("value");
		assertThat(reason).startsWith("据2024年1—7月绩效运行监控（红灯）：预算执行率").contains("低于序时进度");
		Browser.screenshot(driver, "adjust-06-from-monitoring");
		submit(driver.findElement(By.cssSelector("details.adjust-propose button[type='submit']")));

		assertThat(driver.findElement(By.cssSelector(".status-badge")).getText()).isEqualTo("调整中");
		assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).startsWith("已据监控表申请调整");
		assertThat(main()).contains(reason);
		driver.get(reportUrl);
		assertThat(main()).contains("已据此监控表申请调整（第 1 次调整）");
		assertThat(driver.findElements(By.cssSelector("details.adjust-propose"))).isEmpty();
	}
}
