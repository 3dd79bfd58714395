package io.jixiao.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The organization pages through the real security and the real service, on the demo data. */
@ProductTest
class OrganizationAdminPagesTest {

	static final String DEPARTMENT = "库尔勒经济技术开发区管理委员会";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	OrganizationAdmin admin;

	@Autowired
	OrganizationDirectory directory;

	@Test
	void adminSeesTheTreeWithKindsAndDepartmentReview() throws Exception {
		mvc.perform(get("/admin/organizations").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("财政局")))
			.andExpect(content().string(containsString(DEPARTMENT)))
			.andExpect(content().string(containsString("库尔勒经济技术开发区管理委员会党政办公室")))
			.andExpect(content().string(containsString("主管部门")))
			.andExpect(content().string(containsString("预算单位")))
			.andExpect(content().string(containsString("先经主管部门审核")));
	}

	@Test
	void leadIsForbiddenOnTheOrganizationPages() throws Exception {
		mvc.perform(get("/admin/organizations").with(as("lead1"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/organizations/new").with(as("lead1"))).andExpect(status().isForbidden());
	}

	@Test
	void adminCreatesUnitUnderTheDepartment() throws Exception {
		mvc.perform(post("/admin/organizations/new").with(as("admin")).with(csrf())
				.param("name", "库尔勒经济技术开发区测试中心")
				.param("kind", "UNIT")
				.param("parentId", departmentId().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/organizations"))
			.andExpect(flash().attribute("flash", "admin.organization.created"));

		Organization unit = admin.allOrganizations().stream()
			.filter(o -> o.getName().equals("库尔勒经济技术开发区测试中心"))
			.findFirst().orElseThrow();
		assertThat(unit.getKind()).isEqualTo(OrganizationKind.UNIT);
		assertThat(unit.getParent().getName()).isEqualTo(DEPARTMENT);
	}

	@Test
	void takenNameShowsTheChineseErrorOnTheFormAndCreatesNothing() throws Exception {
		int before = admin.allOrganizations().size();

		mvc.perform(post("/admin/organizations/new").with(as("admin")).with(csrf())
				.param("name", "财政局")
				.param("kind", "FINANCE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("组织机构「财政局」已存在。")));

		assertThat(admin.allOrganizations()).hasSize(before);
	}

	@Test
	void unitWithoutDepartmentShowsThePlacementErrorOnTheForm() throws Exception {
		mvc.perform(post("/admin/organizations/new").with(as("admin")).with(csrf())
				.param("name", "无上级的单位")
				.param("kind", "UNIT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("预算单位须隶属于主管部门")))
			.andExpect(content().string(containsString("value=\"无上级的单位\"")));

		assertThat(directory.findByName("无上级的单位")).isEmpty();
	}

	@Test
	void blankNameShowsTheRequiredMessageBesideTheField() throws Exception {
		mvc.perform(post("/admin/organizations/new").with(as("admin")).with(csrf())
				.param("name", "  ")
				.param("kind", "DEPARTMENT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写机构名称。")));
	}

	@Test
	void staleVersionShowsTheConflictKeepsWhatWasTypedAndChangesNothing() throws Exception {
		Organization department = admin.createOrganization("冲突测试部门", OrganizationKind.DEPARTMENT, null, false);
		long seen = department.getVersion();
		mvc.perform(post("/admin/organizations/{id}", department.getId()).with(as("admin")).with(csrf())
				.param("name", "冲突测试部门（第一次修改）")
				.param("deptReviews", "true")
				.param("version", String.valueOf(seen)))
			.andExpect(status().is3xxRedirection());

		mvc.perform(post("/admin/organizations/{id}", department.getId()).with(as("admin")).with(csrf())
				.param("name", "冲突测试部门（过时的修改）")
				.param("version", String.valueOf(seen)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("该记录已被他人修改")))
			.andExpect(content().string(containsString("value=\"冲突测试部门（过时的修改）\"")));

		Organization current = directory.get(department.getId());
		assertThat(current.getName()).isEqualTo("冲突测试部门（第一次修改）");
		assertThat(current.isDeptReviews()).isTrue();
	}

	@Test
	void editPageShowsTheCurrentValuesAndVersion() throws Exception {
		mvc.perform(get("/admin/organizations/{id}/edit", departmentId()).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + DEPARTMENT + "\"")))
			.andExpect(content().string(containsString("name=\"version\"")))
			.andExpect(content().string(not(containsString("name=\"parentId\""))));
	}

	@Test
	void postWithoutCsrfTokenIsForbiddenAndCreatesNothing() throws Exception {
		mvc.perform(post("/admin/organizations/new").with(as("admin"))
				.param("name", "没有令牌的部门")
				.param("kind", "DEPARTMENT"))
			.andExpect(status().isForbidden());

		assertThat(directory.findByName("没有令牌的部门")).isEmpty();
	}

	private Long departmentId() {
		return directory.findByName(DEPARTMENT).orElseThrow().getId();
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}
}
