package io.jixiao.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The account pages through the real security and the real service, on the demo data. */
@ProductTest
class UserAdminPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	OrganizationAdmin admin;

	@Autowired
	OrganizationDirectory directory;

	@Test
	void leadIsForbiddenOnTheUserPages() throws Exception {
		mvc.perform(get("/admin/users").with(as("lead1"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/new").with(as("lead1")).with(csrf())
				.param("username", "sneaky")
				.param("displayName", "越权")
				.param("password", "demo12345")
				.param("role", "ADMIN")
				.param("organizationId", financeId().toString()))
			.andExpect(status().isForbidden());
		assertThat(admin.allUsers()).noneMatch(u -> u.username().equals("sneaky"));
	}

	@Test
	void adminListsAccountsWithRoleAndOrganizationButNoPasswordHashes() throws Exception {
		mvc.perform(get("/admin/users").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lead1")))
			.andExpect(content().string(containsString("徐晶")))
			.andExpect(content().string(containsString("项目负责人")))
			.andExpect(content().string(containsString("库尔勒经济技术开发区管理委员会党政办公室")))
			.andExpect(content().string(not(containsString("$2a$"))));
	}

	@Test
	void adminCreatesUnitAndLeadWhoCanThenSignIn() throws Exception {
		mvc.perform(post("/admin/organizations/new").with(as("admin")).with(csrf())
				.param("name", "库尔勒经济技术开发区新建单位")
				.param("kind", "UNIT")
				.param("parentId", directory.findByName("库尔勒经济技术开发区管理委员会").orElseThrow().getId().toString()))
			.andExpect(status().is3xxRedirection());
		Long unitId = directory.findByName("库尔勒经济技术开发区新建单位").orElseThrow().getId();

		mvc.perform(post("/admin/users/new").with(as("admin")).with(csrf())
				.param("username", "lead.new-1")
				.param("displayName", "新负责人")
				.param("password", "s3cret-pass")
				.param("role", "LEAD")
				.param("organizationId", unitId.toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("flash", "admin.user.created"));

		mvc.perform(get("/api/v1/me").with(httpBasic("lead.new-1", "s3cret-pass")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("LEAD"))
			.andExpect(jsonPath("$.organization.name").value("库尔勒经济技术开发区新建单位"));
	}

	@Test
	void duplicateUsernameShowsTheChineseErrorOnTheFormAndCreatesNothing() throws Exception {
		int before = admin.allUsers().size();

		mvc.perform(post("/admin/users/new").with(as("admin")).with(csrf())
				.param("username", "lead1")
				.param("displayName", "重名的人")
				.param("password", "typed-secret-1")
				.param("role", "LEAD")
				.param("organizationId", directory.findByName("库尔勒经济技术开发区政务服务中心").orElseThrow().getId().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("用户名「lead1」已被使用。")))
			.andExpect(content().string(containsString("value=\"重名的人\"")))
			.andExpect(content().string(not(containsString("typed-secret-1"))));

		assertThat(admin.allUsers()).hasSize(before);
	}

	@Test
	void invalidInputShowsChineseMessagesBesideTheFields() throws Exception {
		mvc.perform(post("/admin/users/new").with(as("admin")).with(csrf())
				.param("username", "a b")
				.param("displayName", "")
				.param("password", "short")
				.param("role", "")
				.param("organizationId", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("用户名须为 3 至 60 个字符")))
			.andExpect(content().string(containsString("请填写姓名。")))
			.andExpect(content().string(containsString("密码至少 8 个字符，最多 72 个字符。")))
			.andExpect(content().string(containsString("请选择角色。")))
			.andExpect(content().string(containsString("请选择所属机构。")));
	}

	@Test
	void roleThatDoesNotFitTheOrganizationShowsTheErrorOnTheForm() throws Exception {
		mvc.perform(post("/admin/users/new").with(as("admin")).with(csrf())
				.param("username", "misplaced")
				.param("displayName", "放错机构")
				.param("password", "demo12345")
				.param("role", "LEAD")
				.param("organizationId", financeId().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("角色与所属机构类型不符")));
		assertThat(admin.allUsers()).noneMatch(u -> u.username().equals("misplaced"));
	}

	@Test
	void staleVersionShowsTheConflictKeepsWhatWasTypedAndChangesNothing() throws Exception {
		long id = admin.createUser("stale.user", "旧姓名", "demo12345", Role.FINANCE_REVIEWER, financeId());
		long seen = admin.user(id).version();
		mvc.perform(post("/admin/users/{id}", id).with(as("admin")).with(csrf())
				.param("displayName", "第一次修改")
				.param("role", "FINANCE_REVIEWER")
				.param("organizationId", financeId().toString())
				.param("enabled", "true")
				.param("version", String.valueOf(seen)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "admin.user.saved"));

		mvc.perform(post("/admin/users/{id}", id).with(as("admin")).with(csrf())
				.param("displayName", "过时的修改")
				.param("role", "ADMIN")
				.param("organizationId", financeId().toString())
				.param("version", String.valueOf(seen)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("该记录已被他人修改")))
			.andExpect(content().string(containsString("value=\"过时的修改\"")));

		OrganizationAdmin.UserView current = admin.user(id);
		assertThat(current.displayName()).isEqualTo("第一次修改");
		assertThat(current.role()).isEqualTo(Role.FINANCE_REVIEWER);
		assertThat(current.enabled()).isTrue();
	}

	@Test
	void theAdministratorGivesAnAccountAnEmailAddressAndAMalformedOneIsRefusedBesideTheField() throws Exception {
		long id = admin.createUser("mail.user", "邮箱用户", "demo12345", Role.FINANCE_REVIEWER, financeId());
		mvc.perform(post("/admin/users/{id}", id).with(as("admin")).with(csrf())
				.param("displayName", "邮箱用户")
				.param("role", "FINANCE_REVIEWER")
				.param("organizationId", financeId().toString())
				.param("enabled", "true")
				.param("email", "不是邮箱")
				.param("version", String.valueOf(admin.user(id).version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("电子邮箱格式不正确")));
		assertThat(admin.user(id).email()).isNull();

		mvc.perform(post("/admin/users/{id}", id).with(as("admin")).with(csrf())
				.param("displayName", "邮箱用户")
				.param("role", "FINANCE_REVIEWER")
				.param("organizationId", financeId().toString())
				.param("enabled", "true")
				.param("email", " wanglei@example.gov.cn ")
				.param("version", String.valueOf(admin.user(id).version())))
			.andExpect(status().is3xxRedirection());
		assertThat(admin.user(id).email()).isEqualTo("wanglei@example.gov.cn");
		mvc.perform(get("/admin/users/{id}/edit", id).with(as("admin")))
			.andExpect(content().string(containsString("value=\"wanglei@example.gov.cn\"")));
	}

	@Test
	void overwritingAfterTheConflictSavesWhatWasTyped() throws Exception {
		long id = admin.createUser("overwrite.user", "旧姓名", "demo12345", Role.FINANCE_REVIEWER, financeId());
		long seen = admin.user(id).version();
		admin.changeUser(id, seen, "别人改的", Role.FINANCE_REVIEWER, financeId(), true, null, null);

		mvc.perform(post("/admin/users/{id}", id).with(as("admin")).with(csrf())
				.param("overwrite", String.valueOf(admin.user(id).version()))
				.param("displayName", "我改的")
				.param("role", "FINANCE_REVIEWER")
				.param("organizationId", financeId().toString())
				.param("enabled", "true")
				.param("version", String.valueOf(seen)))
			.andExpect(status().is3xxRedirection());

		assertThat(admin.user(id).displayName()).isEqualTo("我改的");
	}

	@Test
	void newPasswordAndDisablingTakeEffectAtSignIn() throws Exception {
		long id = admin.createUser("reset.user", "重置密码", "demo12345", Role.FINANCE_REVIEWER, financeId());
		mvc.perform(post("/admin/users/{id}", id).with(as("admin")).with(csrf())
				.param("displayName", "重置密码")
				.param("role", "FINANCE_REVIEWER")
				.param("organizationId", financeId().toString())
				.param("enabled", "true")
				.param("newPassword", "another-pass")
				.param("version", String.valueOf(admin.user(id).version())))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/me").with(httpBasic("reset.user", "demo12345"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(httpBasic("reset.user", "another-pass"))).andExpect(status().isOk());

		// an unchecked checkbox sends nothing: the account is disabled
		mvc.perform(post("/admin/users/{id}", id).with(as("admin")).with(csrf())
				.param("displayName", "重置密码")
				.param("role", "FINANCE_REVIEWER")
				.param("organizationId", financeId().toString())
				.param("newPassword", "")
				.param("version", String.valueOf(admin.user(id).version())))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/me").with(httpBasic("reset.user", "another-pass"))).andExpect(status().isUnauthorized());
	}

	@Test
	void postWithoutCsrfTokenIsForbiddenAndCreatesNothing() throws Exception {
		mvc.perform(post("/admin/users/new").with(as("admin"))
				.param("username", "no.token")
				.param("displayName", "无令牌")
				.param("password", "demo12345")
				.param("role", "FINANCE_REVIEWER")
				.param("organizationId", financeId().toString()))
			.andExpect(status().isForbidden());

		assertThat(admin.allUsers()).noneMatch(u -> u.username().equals("no.token"));
	}

	private Long financeId() {
		return directory.findByName("财政局").orElseThrow().getId();
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}
}
