package io.jixiao.publication;

import io.jixiao.checks.TableKind;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationAdmin;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.OrganizationKind;
import io.jixiao.organizations.Role;
import io.jixiao.review.ReviewCommands;
import io.jixiao.review.ReviewForm;
import io.jixiao.targets.Disclosure;
import io.jixiao.targets.Indicator;
import io.jixiao.targets.TableContent;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TableStatus;
import io.jixiao.targets.TargetTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published tables for the publication tests, made the way people make them: organizations and leads through
 * {@link OrganizationAdmin}, drafts through {@link TableService}, then submit, finance approval (优) and the
 * publication decision through {@link ReviewCommands}. The 30 projects of seed 004 come from
 * {@code src/test/resources/publication/seed-004.json}.
 */
public final class PublishedFixtures {

	/** The department the seed-004 projects are entered under (seed 004 lists the prefecture's key projects). */
	public static final String SEED_DEPARTMENT = "克孜勒苏柯尔克孜自治州本级";

	private static final String PASSWORD = "demo12345";

	private final OrganizationAdmin admin;
	private final OrganizationDirectory directory;
	private final TableService tables;
	private final ReviewCommands review;
	private final UserDetailsService accounts;
	private final JsonMapper json;

	public PublishedFixtures(OrganizationAdmin admin, OrganizationDirectory directory, TableService tables,
			ReviewCommands review, UserDetailsService accounts, JsonMapper json) {
		this.admin = admin;
		this.directory = directory;
		this.tables = tables;
		this.review = review;
		this.accounts = accounts;
		this.json = json;
	}

	/** The seed-004 fixture file. */
	public record Seed(String title, int year, String total, List<String> repairs, List<Project> projects) {
	}

	/** One line of the summary list with its table. */
	public record Project(int number, String departmentUnit, String implementingUnit, String projectName,
			String amount, String fiscalFunds, String otherFunds, String overallGoal, List<Row> indicators) {
	}

	public record Row(String level1, String level2, String name, String value) {
	}

	/** What the seed-004 department holds once published: its id and each project's table id, by project name. */
	public record Published(long departmentId, Map<String, Long> tableIds) {
	}

	public static Seed seed() {
		try (InputStream in = new ClassPathResource("publication/seed-004.json").getInputStream()) {
			return JsonMapper.builder().build().readValue(in, Seed.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Enters and publishes the 30 projects of seed 004 once per database, in the order of its summary list, each in
	 * the 2020 format under its 部门单位 as a budget unit of {@link #SEED_DEPARTMENT}.
	 */
	public synchronized Published seed004() {
		Seed seed = seed();
		Organization department = directory.findByName(SEED_DEPARTMENT).orElse(null);
		Map<String, Long> ids = new LinkedHashMap<>();
		if (department == null) {
			department = admin.createOrganization(SEED_DEPARTMENT, OrganizationKind.DEPARTMENT, null, false);
			for (Project project : seed.projects()) {
				Account lead = lead(project.departmentUnit(), department.getId());
				TableContent content = new TableContent(project.projectName(), null, project.implementingUnit(), null,
						null, null, new BigDecimal(project.amount()), new BigDecimal(project.fiscalFunds()),
						new BigDecimal(project.otherFunds()), null, null, project.overallGoal(), false, null,
						project.indicators().stream().map(PublishedFixtures::indicator).toList());
				TargetTable table = tables.create(lead, TableKind.PROJECT, seed.year(), content);
				publish(lead, table.getId(), Disclosure.PUBLIC);
			}
		}
		List<Long> units = directory.unitIds(department.getId());
		for (TargetTable table : tables.findPublishedTables(seed.year())) {
			if (units.contains(table.getUnitId())) {
				ids.put(table.getProjectName(), table.getId());
			}
		}
		return new Published(department.getId(), ids);
	}

	/** Submits as the lead, approves as finance1 with 优 and decides publication. */
	public void publish(Account lead, long tableId, Disclosure disclosure) {
		approve(lead, tableId);
		review.publish(account("finance1"), tableId, disclosure, disclosure == Disclosure.WITHHELD ? "涉及国家秘密" : null);
	}

	/**
	 * Submits as the lead, passes the department review as deptrev1 where the unit's department reviews, and
	 * approves as finance1 with 优: APPROVED, awaiting the publication decision.
	 */
	public void approve(Account lead, long tableId) {
		if (review.submit(lead, tableId).getStatus() == TableStatus.DEPT_REVIEW) {
			review.review(account("deptrev1"), tableId, new ReviewForm("APPROVE", null, null), List.of());
		}
		review.review(account("finance1"), tableId, new ReviewForm("APPROVE", "优", null), List.of());
	}

	/** The lead of a budget unit under the department, made with the unit when it does not exist yet. */
	public Account lead(String unitName, long departmentId) {
		Organization unit = directory.findByName(unitName).orElseGet(
				() -> admin.createOrganization(unitName, OrganizationKind.UNIT, departmentId, false));
		String username = "lead-" + unit.getId();
		try {
			return account(username);
		}
		catch (RuntimeException missing) {
			admin.createUser(username, "项目负责人" + unit.getId(), PASSWORD, Role.LEAD, unit.getId());
			return account(username);
		}
	}

	public Account account(String username) {
		return (Account) accounts.loadUserByUsername(username);
	}

	/** A 2020-format draft with the indicators of a seed project, under another name and amount. */
	public static TableContent content2020(Project like, String projectName, String implementingUnit) {
		return new TableContent(projectName, null, implementingUnit, null, null, null, new BigDecimal(like.amount()),
				new BigDecimal(like.fiscalFunds()), new BigDecimal(like.otherFunds()), null, null, like.overallGoal(),
				false, null, new ArrayList<>(like.indicators().stream().map(PublishedFixtures::indicator).toList()));
	}

	private static Indicator indicator(Row row) {
		return new Indicator(row.level1(), row.level2(), row.name(), row.value(), null, null, null, null, null, null);
	}
}
