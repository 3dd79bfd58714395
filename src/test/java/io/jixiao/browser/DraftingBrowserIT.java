package io.jixiao.browser;

import io.jixiao.OnMysql;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * A project lead drafts in the grid of a real Chromium. The seed table (001, 保洁用品项目) pasted as a block: no
 * ERROR; funds reading 3 = 2 + 0 show the fund ERROR; weights summing to 80 the weight ERROR. A 12-row table typed by
 * keyboard only, rows added in mixed group order, 6 rows pasted from a workbook, saved and submitted from the edit
 * page: no page load for any row operation, every group once and in the frame's order. The same context (and
 * database) as ReviewBrowserIT and ImportBrowserIT: one boot for the three.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = OnMysql.class)
@TestPropertySource(properties = { "spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}browser${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true" })
class DraftingBrowserIT {

	/** 保洁用品项目 (seed 001) as copied from a workbook: levels, name, value, basis, last year, weight, rule, evidence. */
	private static final String SEED_ROWS = String.join("\n",
			"产出指标\t数量指标\t购置低值易耗品次数\t>=2 批次\t计划标准\t-\t10\t按照完成比例赋分\t原始凭证",
			"产出指标\t质量指标\t低值易耗品验收合格率\t>=95 %\t计划标准\t-\t5\t按照完成比例赋分\t原始凭证",
			"产出指标\t质量指标\t政府采购率\t>=95 %\t计划标准\t-\t10\t按照完成比例赋分\t原始凭证",
			"产出指标\t质量指标\t低值易耗品质量合格率\t>=95 %\t计划标准\t-\t5\t按照完成比例赋分\t原始凭证",
			"产出指标\t时效指标\t低值易耗品采购完成率\t>=95 %\t计划标准\t-\t10\t按照完成比例赋分\t原始凭证",
			"成本指标\t经济成本指标\t每次采购成本控制数\t<=1.50 万元\t计划标准\t-\t20\t按照完成比例赋分\t原始凭证",
			"效益指标\t社会效益指标\t提升营商环境\t有所提升\t计划标准\t-\t20\t按评判等级赋分\t工作资料",
			"满意度指标\t满意度指标\t工作人员满意度\t>=95 %\t计划标准\t-\t10\t满意度赋分\t工作资料");

	/** The 6 rows of the keyboard table pasted from a workbook (with their level columns). */
	private static final String PASTED_ROWS = String.join("\n",
			"产出指标\t质量指标\t培训合格率\t>=95%\t计划标准\t-\t5\t按照完成比例赋分\t工作资料",
			"产出指标\t质量指标\t教材质量合格率\t>=98%\t计划标准\t-\t5\t按照完成比例赋分\t工作资料",
			"效益指标\t社会效益指标\t提升就业技能\t有效提升\t计划标准\t-\t5\t按评判等级赋分\t工作资料",
			"效益指标\t社会效益指标\t减少返贫风险\t有所降低\t计划标准\t-\t5\t按评判等级赋分\t工作资料",
			"效益指标\t可持续影响指标\t培训机制长效运行\t长期\t计划标准\t-\t3\t按评判等级赋分\t工作资料",
			"满意度指标\t服务对象满意度指标\t家长满意度\t>=85%\t计划标准\t-\t2\t满意度赋分\t工作资料");

	@LocalServerPort
	int port;

	ChromeDriver driver;

	WebDriverWait wait;

	@BeforeEach
	void start() {
		driver = Browser.start();
		wait = new WebDriverWait(driver, Duration.ofSeconds(10));
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

	/** Clicks a button that posts the page and waits for the next one. */
	void post(WebElement button) {
		WebElement page = driver.findElement(By.tagName("html"));
		driver.executeScript("arguments[0].click()", button);
		wait.until(Browser.gone(page));
	}

	void login() {
		driver.get(url("/login"));
		type("username", "lead1");
		type("password", "demo12345");
		post(driver.findElement(By.cssSelector("button[type='submit']")));
	}

	/** Opens a page and marks it: the mark is gone after any page load. */
	void open(String path) {
		driver.get(url(path));
		wait.until(d -> d.findElement(By.id("indicator-grid")).isDisplayed());
		driver.executeScript("window.sameDocument = true");
	}

	boolean samePage() {
		return Boolean.TRUE.equals(driver.executeScript("return window.sameDocument === true"));
	}

	List<String> grid() {
		return Grid.shown(driver);
	}

	void focusCell(int row, String field) {
		Grid.edit(driver, row, field);
	}

	void keys(CharSequence... keys) {
		Grid.keys(driver, keys);
	}

	/** Asks for the checks (重新检查, without a page load) and waits for their answer. */
	void checkNow() {
		Object before = driver.executeScript("return document.getElementById('checks').getAttribute('data-round')");
		driver.executeScript("arguments[0].click()", driver.findElement(By.cssSelector("button[value='check']")));
		wait.until(d -> !java.util.Objects.equals(before,
				driver.executeScript("return document.getElementById('checks').getAttribute('data-round')")));
	}

	private static final String[] ROW_FIELDS = { "name", "value", "basis", "lastYearValue", "weight", "scoringRule",
			"evidence" };

	/** Types a row from its name cell on, Tab to the next cell: name, value, basis, last year, weight, rule, evidence. */
	void typeRow(String name, String value, String basis, String weight, String rule, String evidence) {
		String[] values = { name, value, basis, "-", weight, rule, evidence };
		editing("name");
		for (int i = 0; i < values.length; i++) {
			keys(values[i]);
			if (i + 1 < values.length) {
				keys(Keys.TAB);
				editing(ROW_FIELDS[i + 1]);
			}
		}
	}

	/** Ctrl+S, wherever the focus is: the form posts and the edit page comes back. */
	void saveByKeys() {
		Grid.ctrl(driver, "s");
		wait.until(d -> !samePage());
	}

	/**
	 * Whether leaving the page now would ask first: the page cancels the browser's beforeunload (the browser then
	 * shows its own question, which headless Chromium leaves to the driver).
	 */
	boolean leavingAsks() {
		return Boolean.TRUE.equals(driver.executeScript("""
				var event = new Event('beforeunload', { cancelable: true });
				window.dispatchEvent(event);
				return event.defaultPrevented;"""));
	}

	/** From the last cell typed (佐证资料) past 说明 to the name of the next row shown. */
	void nextRow() {
		keys(Keys.TAB);
		editing("justification");
		keys(Keys.TAB);
	}

	/** Waits until the focus is in an editor of the given column (each key then reaches the cell it is meant for). */
	void editing(String field) {
		wait.until(d -> field.equals(driver.executeScript("""
				var cell = document.activeElement && document.activeElement.closest('.tabulator-cell');
				return document.activeElement.tagName === 'INPUT' && cell ? cell.getAttribute('tabulator-field') : null;""")));
	}

	/** Pastes text at the cell being edited, as a paste of cells copied from Excel or WPS does. */
	void paste(String text) {
		driver.executeScript("""
				var data = new DataTransfer();
				data.setData('text/plain', arguments[0]);
				document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));""",
				text + "\n");
	}

	List<String> findings(String kind) {
		return driver.findElements(By.cssSelector(".checks-panel .finding-" + kind)).stream()
			.map(WebElement::getText)
			.toList();
	}

	@Test
	void leadPastesTheSeedTableAndTheChecksReact() throws Exception {
		login();
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("绩效目标表");
		Browser.screenshot(driver, "01-table-list");
		driver.findElement(By.linkText("新建项目支出绩效目标表")).click();
		wait.until(d -> d.findElement(By.id("indicator-grid")).isDisplayed());
		driver.executeScript("window.sameDocument = true");

		type("year", "2026");
		type("projectName", "保洁用品项目");
		type("projectLead", "徐晶");
		type("totalFunds", "3");
		type("fiscalFunds", "3");
		type("otherFunds", "0.00");
		type("overallGoal", "对办公大楼及周边公共区域进行卫生保洁，保障各单位的会议服务质量，定期对基本设施进行检查，"
				+ "做好基本维护保养工作，保障办公大楼公共区域环境干净、整洁、安全、卫生。");
		focusCell(1, "name");
		paste(SEED_ROWS);
		wait.until(d -> grid().contains("工作人员满意度"));
		assertThat(grid()).filteredOn(text -> !text.startsWith("G:")).hasSize(11).contains("待填写");
		// the starting rows left blank are dropped by the drafter
		while (grid().contains("待填写")) {
			rowMenu("待填写", "删除");
		}
		assertThat(grid()).filteredOn(text -> !text.startsWith("G:")).hasSize(8);
		wait.until(d -> "90".equals(d.findElement(By.id("weight-total")).getText()));
		checkNow();
		assertThat(findings("gap")).isEmpty();
		assertThat(findings("error")).isEmpty();
		assertThat(samePage()).as("no page load before saving").isTrue();

		saveByKeys();
		assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).contains("已创建");
		assertThat(driver.getCurrentUrl()).endsWith("/edit");
		wait.until(d -> d.findElement(By.id("indicator-grid")).isDisplayed());
		assertThat(grid()).filteredOn(text -> !text.startsWith("G:")).hasSize(8);
		Browser.screenshot(driver, "02-drafting-seed-table");

		type("fiscalFunds", "2");
		checkNow();
		assertThat(findings("error")).anySatisfy(text -> assertThat(text).contains("2.00"));
		Browser.screenshot(driver, "03-fund-error");

		type("fiscalFunds", "3");
		focusCell(1, "weight");
		Grid.ctrl(driver, "a");
		keys("5", Keys.ENTER);
		focusCell(3, "weight");
		Grid.ctrl(driver, "a");
		keys("5", Keys.ENTER);
		wait.until(d -> "80".equals(d.findElement(By.id("weight-total")).getText()));
		checkNow();
		assertThat(findings("error")).anySatisfy(text -> assertThat(text).contains("80"))
			.noneSatisfy(text -> assertThat(text).contains("2.00"));
		Browser.screenshot(driver, "04-weight-error");

		assertThat(leavingAsks()).as("leaving with unsaved edits asks first").isTrue();
		saveByKeys();
		assertThat(leavingAsks()).as("nothing to lose after saving").isFalse();
		driver.get(url("/tables"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("保洁用品项目");
		Browser.screenshot(driver, "05-table-list-after");
	}

	@Test
	void leadDraftsByKeyboardPastesRowsAndSubmitsWithoutPageLoads() throws Exception {
		login();
		open("/tables/new?kind=PROJECT");
		assertThat(findings("error")).as("a blank table is calm").isEmpty();
		wait.until(d -> !findings("gap").isEmpty());
		assertThat(grid()).containsExactly("G:产出指标 › 数量指标", "待填写", "G:成本指标 › 经济成本指标", "待填写",
				"G:效益指标 › 经济效益指标", "待填写", "G:满意度指标 › 服务对象满意度指标", "待填写");

		type("projectName", "职业技能培训项目");
		type("projectLead", "王芳");
		type("totalFunds", "50");
		type("fiscalFunds", "50");
		type("otherFunds", "0");
		type("overallGoal", "开展职业技能培训 6 期，培训 300 人次，提升就业技能，带动就业。");

		// row by row as they come to mind, group after group and back again
		focusCell(1, "name");
		typeRow("培训班次", ">=6期", "计划标准", "5", "按照完成比例赋分", "工作资料");
		nextRow();
		typeRow("培训成本控制数", "<=2.00万元", "预算支出标准", "10", "按照完成比例赋分", "原始凭证");
		nextRow();
		typeRow("带动就业人数", ">=100人", "计划标准", "5", "按照完成比例赋分", "工作资料");
		Grid.ctrl(driver, Keys.ENTER);
		typeRow("增加农户收入", ">=20万元", "计划标准", "5", "按照完成比例赋分", "工作资料");
		nextRow();
		typeRow("学员满意度", ">=90%", "计划标准", "5", "满意度赋分", "工作资料");
		Grid.ctrl(driver, Keys.ENTER);
		typeRow("用人单位满意度", ">=90%", "计划标准", "5", "满意度赋分", "工作资料");
		keys(Keys.ENTER);
		addTo("产出指标|数量指标");
		typeRow("培训人次", ">=300人次", "计划标准", "5", "按照完成比例赋分", "工作资料");
		Grid.ctrl(driver, Keys.ENTER);
		typeRow("发放教材数量", ">=300册", "计划标准", "5", "按照完成比例赋分", "工作资料");
		keys(Keys.ENTER);
		addTo("成本指标|经济成本指标");
		typeRow("人均培训成本", "<=600元/人", "预算支出标准", "5", "按照完成比例赋分", "原始凭证");
		keys(Keys.ENTER);
		addTo("效益指标|经济效益指标");
		typeRow("培训后就业率", ">=60%", "计划标准", "5", "按照完成比例赋分", "工作资料");
		keys(Keys.ENTER);
		addTo("产出指标|时效指标");
		typeRow("培训完成及时率", ">=95%", "计划标准", "5", "按照完成比例赋分", "工作资料");
		Grid.ctrl(driver, Keys.ENTER);
		typeRow("教材发放及时率", ">=95%", "计划标准", "5", "按照完成比例赋分", "工作资料");
		assertThat(grid()).filteredOn(text -> !text.startsWith("G:")).hasSize(12);

		paste(PASTED_ROWS);
		wait.until(d -> grid().contains("家长满意度"));
		wait.until(d -> "90".equals(d.findElement(By.id("weight-total")).getText()));
		assertThat(grid()).containsExactly("G:产出指标 › 数量指标", "培训班次", "培训人次", "发放教材数量",
				"G:产出指标 › 质量指标", "培训合格率", "教材质量合格率", "G:产出指标 › 时效指标", "培训完成及时率", "教材发放及时率",
				"G:成本指标 › 经济成本指标", "培训成本控制数", "人均培训成本", "G:效益指标 › 经济效益指标", "带动就业人数", "增加农户收入",
				"培训后就业率", "G:效益指标 › 社会效益指标", "提升就业技能", "减少返贫风险", "G:效益指标 › 可持续影响指标", "培训机制长效运行",
				"G:满意度指标 › 服务对象满意度指标", "学员满意度", "用人单位满意度", "家长满意度");

		// a row duplicated, deleted and brought back, moved up in its group and to another group
		rowMenu("培训班次", "复制本行");
		wait.until(d -> Grid.names(driver).stream().filter("培训班次"::equals).count() == 2);
		rowMenu("培训班次", "删除");
		assertThat(Grid.names(driver).stream().filter("培训班次"::equals)).hasSize(1);
		driver.findElement(By.xpath("//div[@id='grid-notice']//button[text()='撤销']")).click();
		wait.until(d -> Grid.names(driver).stream().filter("培训班次"::equals).count() == 2);
		rowMenu("培训班次", "删除");
		rowMenu("发放教材数量", "上移");
		rowMenu("培训后就业率", "移到分组", "效益指标 › 社会效益指标");
		assertThat(grid()).containsSubsequence("G:产出指标 › 数量指标", "培训班次", "发放教材数量", "培训人次")
			.containsSubsequence("G:效益指标 › 社会效益指标", "提升就业技能", "减少返贫风险", "培训后就业率");
		assertThat(Grid.names(driver)).hasSize(18);
		assertThat(samePage()).as("no page load for any row operation or the paste").isTrue();
		Browser.screenshot(driver, "06-keyboard-draft");

		saveByKeys();
		assertThat(driver.getCurrentUrl()).endsWith("/edit");
		wait.until(d -> d.findElement(By.id("indicator-grid")).isDisplayed());
		driver.executeScript("window.sameDocument = true");
		assertThat(grid()).filteredOn(text -> !text.startsWith("G:")).hasSize(18).startsWith("培训班次", "发放教材数量", "培训人次");
		resize(1280, 800, "07-grid-1280");
		resize(390, 844, "08-grid-390");

		driver.executeScript("arguments[0].click()", driver.findElement(By.id("save-submit")));
		wait.until(d -> !samePage());
		assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).contains("已提交审核");
		assertThat(driver.findElement(By.cssSelector(".status-badge")).getText()).isEqualTo("主管部门审核中");
	}

	/** Chooses an item (and the item of its submenu) of the row menu of the first row of that name. */
	void rowMenu(String name, String... items) {
		int row = Grid.names(driver).indexOf(name) + 1;
		WebElement menu = Grid.cell(driver, row, "_menu");
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", menu);
		for (String item : items) {
			WebElement choice = wait.until(ExpectedConditions.presenceOfElementLocated(
					By.xpath("//div[contains(@class,'tabulator-menu-item')][normalize-space()='" + item + "']")));
			driver.executeScript("arguments[0].click()", choice);
		}
	}

	/** Adds a row to a group from the grid's footer, by keyboard: the new row takes the focus. */
	void addTo(String group) {
		WebElement select = driver.findElement(By.id("grid-add-group"));
		new Select(select).selectByValue(group);
		driver.findElement(By.id("grid-add")).sendKeys(Keys.ENTER);
		wait.until(d -> d.switchTo().activeElement().getTagName().equals("input"));
	}

	/** A screenshot of the window at a given size, after checking that nothing scrolls sideways. */
	void resize(int width, int height, String name) throws Exception {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
		try {
			driver.executeScript("window.dispatchEvent(new Event('resize'))");
			Thread.sleep(500);
			driver.executeScript("document.getElementById('indicator-grid').scrollIntoView()");
			assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth")).as(name)
				.isLessThanOrEqualTo(width);
			java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
			java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", name + ".png"),
					driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}
}
