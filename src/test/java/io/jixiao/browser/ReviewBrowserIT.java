package io.jixiao.browser;

import io.jixiao.OnMysql;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The review path through the UI only, in a real Chromium: lead1 submits 大楼维修项目, deptrev1 approves, finance1
 * returns it with a row comment, lead1 fixes and resubmits, deptrev1 sees the diff and approves, finance1 approves
 * with 良, then decides publication. Screenshots of each step go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = OnMysql.class)
@TestPropertySource(properties = { "spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}browser${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true" })
class ReviewBrowserIT {

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

	void openTable(String name) {
		driver.get("http://localhost:" + port + "/tables");
		submit(driver.findElement(By.linkText(name)));
	}

	void openTask(String name) {
		driver.get("http://localhost:" + port + "/tasks");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(name);
		submit(driver.findElement(By.linkText(name)));
	}

	/** Clicks a button whose choice asks for confirmation, checks the question, answers it and waits as asked. */
	void submitConfirming(WebElement button, String question, boolean accept) {
		WebElement page = driver.findElement(By.tagName("html"));
		button.click();
		Alert alert = new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
		assertThat(alert.getText()).contains(question);
		if (accept) {
			alert.accept();
			new WebDriverWait(driver, Duration.ofSeconds(10)).until(Browser.gone(page));
		}
		else {
			alert.dismiss();
		}
	}

	String flash() {
		return driver.findElement(By.cssSelector(".alert")).getText();
	}

	@Test
	void tableGoesFromDraftToPublicationThroughTheUi() throws Exception {
		String project = "大楼维修项目";
		login("lead1");
		openTable(project);
		submit(driver.findElement(By.xpath("//button[text()='提交审核']")));
		assertThat(flash()).contains("已提交审核");
		assertThat(driver.findElement(By.cssSelector(".status-badge")).getText()).isEqualTo("主管部门审核中");
		Browser.screenshot(driver, "10-submitted");

		login("deptrev1");
		openTask(project);
		Browser.screenshot(driver, "11-department-review");
		submit(driver.findElement(By.xpath("//button[text()='提交审核意见']")));
		assertThat(driver.findElement(By.cssSelector(".status-badge")).getText()).isEqualTo("财政审核中");

		login("finance1");
		driver.get("http://localhost:" + port + "/tasks");
		Browser.screenshot(driver, "12-finance-tasks");
		openTask(project);
		new Select(driver.findElement(By.id("comment-row"))).selectByIndex(9);
		driver.findElement(By.cssSelector("textarea[name='comment'][required]")).sendKeys("质保资金请按合同金额列示");
		submit(driver.findElement(By.xpath("//button[text()='添加行意见']")));
		assertThat(flash()).contains("行意见已添加");
		new Select(driver.findElement(By.id("grade"))).selectByValue("中");
		driver.findElement(By.id("review-comment")).sendKeys("成本指标需细化后重新报送");
		Browser.screenshot(driver, "13-finance-returns");
		submitConfirming(driver.findElement(By.xpath("//button[text()='提交审核意见']")), "退回编制单位修改", true);
		assertThat(driver.findElement(By.cssSelector(".status-badge")).getText()).isEqualTo("已退回");

		login("lead1");
		openTask(project);
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("质保资金请按合同金额列示");
		submit(driver.findElement(By.linkText("编辑")));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("质保资金请按合同金额列示");
		Grid.ready(driver);
		Grid.edit(driver, 10, "value");
		Grid.ctrl(driver, "a");
		Grid.keys(driver, "<=13.00万元", Keys.ENTER);
		Browser.screenshot(driver, "14-lead-fixes");
		submit(driver.findElement(By.cssSelector("button[name='action'][value='save']")));
		submit(driver.findElement(By.linkText("查看")));
		submit(driver.findElement(By.xpath("//button[text()='提交审核']")));

		login("deptrev1");
		openTask(project);
		String page = driver.findElement(By.tagName("main")).getText();
		assertThat(page).contains("第 1 版").contains("第 2 版").contains("<=13.00万元");
		Browser.screenshot(driver, "15-department-sees-diff");
		submit(driver.findElement(By.xpath("//button[text()='提交审核意见']")));

		login("finance1");
		openTask(project);
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("<=13.00万元");
		new Select(driver.findElement(By.id("grade"))).selectByValue("良");
		driver.findElement(By.id("review-comment")).sendKeys("满意度指标可再细化");
		submit(driver.findElement(By.xpath("//button[text()='提交审核意见']")));
		assertThat(driver.findElement(By.cssSelector(".status-badge")).getText()).isEqualTo("已批复");
		Browser.screenshot(driver, "16-approved");
		driver.findElement(By.id("disclosure-public")).click();
		submit(driver.findElement(By.xpath("//button[text()='保存公开决定']")));
		assertThat(driver.findElement(By.cssSelector(".status-badge")).getText()).isEqualTo("已公开");
		Browser.screenshot(driver, "17-published-timeline");
		String tablePath = java.net.URI.create(driver.getCurrentUrl()).getPath();

		// the public reads the published table without signing in
		driver.manage().deleteAllCookies();
		driver.get("http://localhost:" + port + "/public" + tablePath);
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(project).contains("<=13.00万元")
			.doesNotContain("退出登录");
		Browser.screenshot(driver, "17b-public-table");
		login("finance1");

		driver.get("http://localhost:" + port + "/tasks/done");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(project).contains("公开决定");
		Browser.screenshot(driver, "18-finance-done");

		login("lead1");
		driver.get("http://localhost:" + port + "/notifications");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(project).contains("已公开");
		Browser.screenshot(driver, "19-lead-notifications");

		login("admin");
		driver.get("http://localhost:" + port + "/admin/pending");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("待办监控");
		Browser.screenshot(driver, "20-admin-board");
		driver.get("http://localhost:" + port + "/admin/audit");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("公开决定").contains("审核通过");
		Browser.screenshot(driver, "21-admin-audit");
		driver.get("http://localhost:" + port + "/admin/audit/verify");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("审计链完整");
	}

	/**
	 * The grade a finance reviewer chose survives a refusal: 中 without its comment is refused, and sending the comment
	 * then returns the table with 中 (it used to jump back to 优 and approve). 差 asks first and can be called off.
	 */
	@Test
	void gradeChosenBeforeAMissingCommentIsTheGradeStored() throws Exception {
		String unit = "库尔勒经济技术开发区政务服务中心";
		login("finance1");
		openTask(unit);
		Select grade = new Select(driver.findElement(By.id("grade")));
		assertThat(grade.getFirstSelectedOption().getText()).isEqualTo("请选择");
		WebElement send = driver.findElement(By.xpath("//button[text()='提交审核意见']"));

		grade.selectByValue("差");
		submitConfirming(send, "本预算年度不予通过", false);
		assertThat(driver.findElement(By.cssSelector(".status-badge")).getText()).isEqualTo("财政审核中");

		grade.selectByValue("中");
		submitConfirming(send, "退回编制单位修改", true);
		assertThat(flash()).contains("必须填写意见");
		grade = new Select(driver.findElement(By.id("grade")));
		assertThat(grade.getFirstSelectedOption().getText()).isEqualTo("中");
		Browser.screenshot(driver, "22-grade-kept-after-error");

		driver.findElement(By.id("review-comment")).sendKeys("履职效能指标需补充时效要求");
		submitConfirming(driver.findElement(By.xpath("//button[text()='提交审核意见']")), "退回编制单位修改", true);
		assertThat(driver.findElement(By.cssSelector(".status-badge")).getText()).isEqualTo("已退回");
		String returned = driver.findElements(By.cssSelector("ol.timeline > li")).stream().map(WebElement::getText)
			.filter(step -> step.startsWith("退回")).reduce((first, last) -> last).orElseThrow();
		assertThat(returned).contains("中").contains("履职效能指标需补充时效要求").doesNotContain("优");
	}
}
