package io.jixiao.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import io.jixiao.checks.TableKind;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationAdmin;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.OrganizationKind;
import io.jixiao.review.ReviewCommands;
import io.jixiao.targets.Disclosure;
import io.jixiao.targets.TableService;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public index, summary, list and search keep a year's tallies, count and order (a search what it found) between
 * views; a publication or a renamed department shows on the very next view all the same.
 */
@ProductTest
class PublicSnapshotsTest {

	private static final AtomicInteger RUNS = new AtomicInteger();

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

	String text(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	long publicTotal() throws Exception {
		return json.readTree(text("/public/api/v1/tables?size=1")).get("total").asLong();
	}

	@Test
	void aPublicationAndARenameShowOnTheNextViewOfTheKeptYearPages() throws Exception {
		int n = RUNS.incrementAndGet();
		String department = "快照测试部门" + n;
		String project = "快照测试的最大项目" + n;
		// views that keep the year's tallies, the summary's order and the count of every public table
		assertThat(text("/public?year=2020")).doesNotContain(department);
		assertThat(text("/public/summary?year=2020")).doesNotContain(project);
		long before = publicTotal();
		assertThat(publicTotal()).isEqualTo(before);
		// a search keeps what it found too
		assertThat(text("/public?year=2020&q=" + project)).doesNotContain("快照测试单位" + n);

		PublishedFixtures fixtures = new PublishedFixtures(admin, directory, tables, review, accounts, json);
		PublishedFixtures.Project like = PublishedFixtures.seed().projects().get(3);
		PublishedFixtures.Project largest = new PublishedFixtures.Project(like.number(), like.departmentUnit(),
				like.implementingUnit(), project, "99999.00", "99999.00", "0.00", like.overallGoal(), like.indicators());
		Organization dept = admin.createOrganization(department, OrganizationKind.DEPARTMENT, null, false);
		String unit = "快照测试单位" + n;
		Account lead = fixtures.lead(unit, dept.getId());
		long id = tables.create(lead, TableKind.PROJECT, 2020, PublishedFixtures.content2020(largest, project, unit))
			.getId();
		fixtures.publish(lead, id, Disclosure.PUBLIC);

		assertThat(text("/public?year=2020")).contains(department);
		// the largest amount of the year heads the summary's first page
		assertThat(text("/public/summary?year=2020")).contains(project, "99,999.00");
		assertThat(publicTotal()).isEqualTo(before + 1);
		assertThat(text("/public?year=2020&q=" + project)).contains(project, "快照测试单位" + n);

		Organization created = directory.get(dept.getId());
		admin.changeOrganization(created.getId(), created.getVersion(), "改名后的" + department, null, false);
		assertThat(text("/public?year=2020")).contains("改名后的" + department);
	}
}
