package io.jixiao.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import io.jixiao.checks.TableKind;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.OrganizationAdmin;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.OrganizationKind;
import io.jixiao.review.ReviewCommands;
import io.jixiao.targets.Disclosure;
import io.jixiao.targets.TableContent;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TargetTable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public pages a page at a time: a department of 2027 with 53 public projects in two units, its unit overall
 * table and one withheld project, and a second department with one more public project. The index names the
 * departments with their statements and lists tables only for the department chosen or the search, 50 a page; the
 * summary page pages its rows while its statement and 合计 count them all; the JSON API pages when asked.
 */
@ProductTest
class PublicPagingTest {

	private static final int YEAR = 2027;
	private static final String DEPARTMENT = "分页测试部门";
	private static final String OTHER_DEPARTMENT = "分页测试部门之二";
	private static final String FIRST_UNIT = "分页测试单位一";
	private static final String SECOND_UNIT = "分页测试单位二";
	private static final String THIRD_UNIT = "分页测试单位三";
	private static final String PROJECT = "分页样本项目";
	private static final String WITHHELD = "分页不予公开的涉密项目";
	private static final Pattern TABLE_LINK = Pattern.compile("href=\"/public/tables/(\\d+)\"");

	/** What the fixture published, made once for the shared database. */
	record Published(long department, long otherDepartment, List<Long> projects, long unitTable, long otherProject,
			long withheld, BigDecimal projectAmount, BigDecimal unitAmount) {
	}

	private static Published published;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

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

	@BeforeEach
	void publishTwoDepartmentsOnce() {
		synchronized (PublicPagingTest.class) {
			if (published == null) {
				published = publish();
			}
		}
	}

	private Published publish() {
		PublishedFixtures fixtures = new PublishedFixtures(admin, directory, tables, review, accounts, json);
		TableContent project = demo(fixtures.account("lead1"), TableKind.PROJECT, 2024, "保洁用品项目");
		TableContent unit = demo(fixtures.account("lead2"), TableKind.UNIT, 2025, null);
		long department = admin.createOrganization(DEPARTMENT, OrganizationKind.DEPARTMENT, null, false).getId();
		long other = admin.createOrganization(OTHER_DEPARTMENT, OrganizationKind.DEPARTMENT, null, false).getId();
		Account first = fixtures.lead(FIRST_UNIT, department);
		Account second = fixtures.lead(SECOND_UNIT, department);
		List<Long> projects = new ArrayList<>();
		BigDecimal projectAmount = BigDecimal.ZERO;
		for (int i = 1; i <= 53; i++) {
			BigDecimal amount = new BigDecimal(i * 10).add(new BigDecimal("0.25"));
			projectAmount = projectAmount.add(amount);
			projects.add(publish(fixtures, i <= 30 ? first : second, TableKind.PROJECT,
					named(project, PROJECT + String.format("%02d", i), amount, i <= 30 ? FIRST_UNIT : SECOND_UNIT),
					Disclosure.PUBLIC));
		}
		BigDecimal unitAmount = unit.totalFunds();
		long unitTable = publish(fixtures, first, TableKind.UNIT, unit, Disclosure.PUBLIC);
		BigDecimal withheldAmount = new BigDecimal("77.00");
		long withheld = publish(fixtures, second, TableKind.PROJECT,
				named(project, WITHHELD, withheldAmount, SECOND_UNIT), Disclosure.WITHHELD);
		long otherProject = publish(fixtures, fixtures.lead(THIRD_UNIT, other), TableKind.PROJECT,
				named(project, PROJECT + "99", new BigDecimal("5.00"), THIRD_UNIT), Disclosure.PUBLIC);
		return new Published(department, other, projects, unitTable, otherProject, withheld,
				projectAmount.add(withheldAmount), unitAmount);
	}

	private TableContent demo(Account lead, TableKind kind, int year, String projectName) {
		return tables.list(lead, year, null, 0, 1_000).getContent().stream()
			.filter(t -> t.getKind() == kind && (projectName == null || projectName.equals(t.getProjectName())))
			.findFirst().map(TargetTable::content).orElseThrow();
	}

	private long publish(PublishedFixtures fixtures, Account lead, TableKind kind, TableContent content,
			Disclosure disclosure) {
		long id = tables.create(lead, kind, YEAR, content).getId();
		fixtures.publish(lead, id, disclosure);
		return id;
	}

	private static TableContent named(TableContent like, String name, BigDecimal amount, String unit) {
		return new TableContent(name, like.projectLead(), unit, like.functionCode(), like.contactPerson(),
				like.contactPhone(), amount, amount, BigDecimal.ZERO.setScale(2), like.fiscalUpper(),
				like.fiscalLocal(), like.overallGoal(), like.satisfactionNotApplicable(), like.satisfactionReason(),
				like.indicators());
	}

	private String text(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<Long> tableLinks(String html) {
		Set<Long> ids = new LinkedHashSet<>();
		Matcher m = TABLE_LINK.matcher(html);
		while (m.find()) {
			ids.add(Long.parseLong(m.group(1)));
		}
		return List.copyOf(ids);
	}

	private List<Long> allPublic() {
		List<Long> all = new ArrayList<>(published.projects());
		all.add(published.unitTable());
		return all;
	}

	@Test
	void indexListsEachDepartmentWithItsStatementButNoTablesUntilOneIsChosen() throws Exception {
		String index = text("/public?year=" + YEAR);

		assertThat(index).contains(DEPARTMENT, OTHER_DEPARTMENT, "本年度实行绩效管理的项目 54 个",
				"公开项目 53 个，不予公开项目 1 个", "预算绩效管理整体预算绩效目标 1 个",
				"查看公开的绩效目标表（54 张）", "/public?year=2027&amp;department=" + published.department(),
				"/public/summary.pdf?year=2027&amp;department=" + published.department())
			.doesNotContain(PROJECT, FIRST_UNIT, WITHHELD);
		assertThat(tableLinks(index)).isEmpty();

		String department = "/public?year=" + YEAR + "&department=" + published.department();
		String first = text(department);
		String second = text(department + "&page=1");

		assertThat(first).contains(FIRST_UNIT, SECOND_UNIT, "第 1 / 2 页，共 54 条").doesNotContain(OTHER_DEPARTMENT);
		assertThat(second).contains(SECOND_UNIT, "第 2 / 2 页，共 54 条");
		// by unit, the unit overall table before the unit's projects, then in publication order
		List<Long> expected = new ArrayList<>();
		expected.add(published.unitTable());
		expected.addAll(published.projects());
		assertThat(tableLinks(first)).hasSize(50).containsExactlyElementsOf(expected.subList(0, 50));
		assertThat(tableLinks(second)).containsExactlyElementsOf(expected.subList(50, 54));
	}

	@Test
	void searchListsMatchingTablesOfEveryDepartmentAPageAtATime() throws Exception {
		String search = "/public?year=" + YEAR + "&q=" + PROJECT;
		String first = text(search);
		String second = text(search + "&page=1");

		assertThat(first).contains("项目名称含「分页样本项目」的公开表：共 54 张", DEPARTMENT, "第 1 / 2 页，共 54 条");
		assertThat(second).contains(OTHER_DEPARTMENT, "第 2 / 2 页，共 54 条")
			.contains("/public?year=2027&amp;q=%E5%88%86%E9%A1%B5%E6%A0%B7%E6%9C%AC%E9%A1%B9%E7%9B%AE&amp;page=0");
		List<Long> found = new ArrayList<>(tableLinks(first));
		found.addAll(tableLinks(second));
		List<Long> expected = new ArrayList<>(published.projects());
		expected.add(published.otherProject());
		assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(tableLinks(first)).hasSize(50);
		// a page past the last shows the last
		assertThat(tableLinks(text(search + "&page=9"))).containsExactlyElementsOf(tableLinks(second));
	}

	@Test
	void withheldTableIsCountedButNamedOnNoPageOfTheIndexTheSearchTheSummaryOrTheApi() throws Exception {
		String department = "year=" + YEAR + "&department=" + published.department();
		List<String> outputs = new ArrayList<>();
		for (String path : List.of("/public?" + department, "/public?" + department + "&page=1",
				"/public?year=2027&q=分页", "/public?year=2027&q=分页&page=1", "/public?year=2027&q=涉密",
				"/public/summary?" + department, "/public/summary?" + department + "&page=1",
				"/public/summary?year=2027&page=1", "/public/api/v1/tables?year=2027&page=0&size=200",
				"/public/api/v1/summary?" + department)) {
			outputs.add(text(path));
		}

		assertThat(String.join("\n", outputs)).contains(PROJECT).doesNotContain(WITHHELD, "涉密项目");
		assertThat(outputs.get(4)).contains("各年度都没有项目名称含「涉密」的公开表。");
		assertThat(outputs.get(5)).contains("不予公开项目 1 个");
		for (String page : outputs.subList(0, 9)) {
			assertThat(tableLinks(page)).doesNotContain(published.withheld());
		}
	}

	@Test
	void summaryPagePagesItsRowsWhileItsStatementAndTotalCountEveryTable() throws Exception {
		String summary = "/public/summary?year=" + YEAR + "&department=" + published.department();
		String first = text(summary);
		String second = text(summary + "&page=1");
		// 10.25 + 20.25 + … + 530.25 over the 53 public projects
		String total = "14,323.25";

		for (String page : List.of(first, second)) {
			assertThat(page).contains("合计", total, "本年度实行绩效管理的项目 54 个，涉及预算金额 "
					+ PublicTexts.plain(published.projectAmount()) + " 万元，公开项目 53 个，不予公开项目 1 个");
		}
		assertThat(first).contains("第 1 / 2 页，共 53 条", ">530.25<", ">50<");
		assertThat(second).contains("第 2 / 2 页，共 53 条", ">30.25<", ">51<", ">53<").doesNotContain(">530.25<");
		// the largest amount first: page one holds projects 53 down to 4, page two 3 down to 1
		List<Long> largestFirst = new ArrayList<>(published.projects());
		Collections.reverse(largestFirst);
		assertThat(tableLinks(first)).containsExactlyElementsOf(largestFirst.subList(0, 50));
		assertThat(tableLinks(second)).containsExactlyElementsOf(largestFirst.subList(50, 53));

		String workbook = PublicAccessTest.workbookText(mvc.perform(get("/public/summary.xlsx?year=" + YEAR
				+ "&department=" + published.department())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray());
		for (int i = 1; i <= 53; i++) {
			assertThat(workbook).contains(PROJECT + String.format("%02d", i));
		}
	}

	@Test
	void publicApiPagesWhenAskedAndAnswersEverythingOtherwise() throws Exception {
		JsonNode all = json.readTree(text("/public/api/v1/tables?year=" + YEAR));
		List<Long> ids = new ArrayList<>();
		all.get("items").forEach(item -> ids.add(item.get("id").asLong()));
		assertThat(all.get("total").asInt()).isEqualTo(ids.size());
		assertThat(ids).containsAll(allPublic()).contains(published.otherProject())
			.doesNotContain(published.withheld());

		List<Long> paged = new ArrayList<>();
		for (int page = 0; page * 20 < ids.size(); page++) {
			JsonNode one = json.readTree(text("/public/api/v1/tables?year=" + YEAR + "&page=" + page + "&size=20"));
			assertThat(one.get("total").asInt()).isEqualTo(ids.size());
			assertThat(one.get("page").asInt()).isEqualTo(page);
			assertThat(one.get("size").asInt()).isEqualTo(20);
			assertThat(one.get("items").size()).isLessThanOrEqualTo(20);
			one.get("items").forEach(item -> paged.add(item.get("id").asLong()));
			assertThat(one.get("items").get(0).get("indicators").size()).isPositive();
		}
		assertThat(paged).containsExactlyElementsOf(ids);

		JsonNode beyond = json.readTree(text("/public/api/v1/tables?year=" + YEAR + "&page=99&size=20"));
		assertThat(beyond.get("items")).isEmpty();
		assertThat(beyond.get("total").asInt()).isEqualTo(ids.size());
		JsonNode defaults = json.readTree(text("/public/api/v1/tables?year=" + YEAR + "&page=0"));
		assertThat(defaults.get("size").asInt()).isEqualTo(50);
		assertThat(defaults.get("items").size()).isEqualTo(Math.min(50, ids.size()));
		for (String wrong : List.of("page=-1", "size=0", "size=201")) {
			JsonNode error = json.readTree(mvc.perform(get("/public/api/v1/tables?year=" + YEAR + "&" + wrong))
				.andExpect(status().isUnprocessableContent()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
			assertThat(error.get("message").asString()).as(wrong).contains("分页参数有误");
		}
	}
}
