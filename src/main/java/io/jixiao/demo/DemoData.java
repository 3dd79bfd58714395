package io.jixiao.demo;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationAdmin;
import io.jixiao.organizations.OrganizationKind;
import io.jixiao.organizations.Role;
import io.jixiao.checks.TableKind;
import io.jixiao.review.PinnedComment;
import io.jixiao.review.AdjustmentCommands;
import io.jixiao.review.ReviewCommands;
import io.jixiao.review.ReviewForm;
import io.jixiao.targets.Disclosure;
import io.jixiao.targets.TableForm;
import io.jixiao.targets.TargetTable;
import io.jixiao.targets.Indicator;
import io.jixiao.targets.TableContent;
import io.jixiao.targets.TableService;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Loads the demo organizations and accounts of api.md and a few real tables of the seeds, once. */
@Component
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
@org.springframework.core.annotation.Order(1)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo12345";
	static final String DEPARTMENT = "库尔勒经济技术开发区管理委员会";
	static final String UNIT_OFFICE = "库尔勒经济技术开发区管理委员会党政办公室";
	static final String UNIT_SERVICE = "库尔勒经济技术开发区政务服务中心";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final OrganizationAdmin admin;
	private final TableService tables;
	private final UserDetailsService accounts;
	private final JsonMapper json;
	private final ReviewCommands review;
	private final AdjustmentCommands adjustments;
	private final DemoMonitoring monitoring;
	private final DemoEvaluation evaluation;

	DemoData(OrganizationAdmin admin, TableService tables, ReviewCommands review, AdjustmentCommands adjustments,
			UserDetailsService accounts, JsonMapper json, DemoMonitoring monitoring, DemoEvaluation evaluation) {
		this.admin = admin;
		this.monitoring = monitoring;
		this.evaluation = evaluation;
		this.tables = tables;
		this.review = review;
		this.adjustments = adjustments;
		this.accounts = accounts;
		this.json = json;
	}

	record DemoTable(String owner, TableForm table) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (admin.hasAnyUser()) {
			return;
		}
		Organization finance = admin.createOrganization("财政局", OrganizationKind.FINANCE, null, false);
		Organization department = admin.createOrganization(DEPARTMENT, OrganizationKind.DEPARTMENT, null, true);
		Organization office = admin.createOrganization(UNIT_OFFICE, OrganizationKind.UNIT, department.getId(), false);
		Organization service = admin.createOrganization(UNIT_SERVICE, OrganizationKind.UNIT, department.getId(), false);
		admin.createUser("admin", "系统管理员", PASSWORD, Role.ADMIN, finance.getId());
		admin.createUser("finance1", "财政审核一", PASSWORD, Role.FINANCE_REVIEWER, finance.getId());
		admin.createUser("finance2", "财政审核二", PASSWORD, Role.FINANCE_REVIEWER, finance.getId());
		admin.createUser("deptrev1", "部门审核一", PASSWORD, Role.DEPT_REVIEWER, department.getId());
		admin.createUser("lead1", "徐晶", PASSWORD, Role.LEAD, office.getId());
		admin.createUser("lead2", "白玫", PASSWORD, Role.LEAD, service.getId());
		List<TargetTable> created = new java.util.ArrayList<>();
		for (DemoTable demo : readTables()) {
			created.add(tables.create(account(demo.owner()), demo.table().getKind(), demo.table().requireYear(),
					demo.table().toContent()));
		}
		putInStates(created);
		monitoring.load(byName(created, "慰问项目"), this::account);
		evaluation.load(this::account);
		log.info("Demo data loaded: 4 organizations, 6 accounts, seed tables, a monitoring round, a self-evaluation round");
	}

	/** Some tables further along the review path, so every page has something to show. */
	private void putInStates(List<TargetTable> created) {
		Account lead1 = account("lead1");
		Account lead2 = account("lead2");
		Account deptrev1 = account("deptrev1");
		Account finance1 = account("finance1");
		long visits = byName(created, "慰问项目");
		review.submit(lead1, visits);
		review.review(deptrev1, visits, new ReviewForm("APPROVE", null, null), List.of());
		review.review(finance1, visits, new ReviewForm("APPROVE", "优", null), List.of());
		review.publish(finance1, visits, Disclosure.PUBLIC, null);
		adjust(visits, lead1, deptrev1, finance1);

		long officeUnit = created.stream().filter(t -> t.getKind() == TableKind.UNIT && t.getYear() == 2024)
			.findFirst().orElseThrow().getId();
		review.submit(lead1, officeUnit);
		review.review(deptrev1, officeUnit, new ReviewForm("RETURN", null,
				"请补充质量指标和时效指标，数量指标之外的履职效能不能缺项。"),
				List.of(new PinnedComment(2, "机关事务管理率的计算口径请说明")));

		long serviceUnit = created.stream().filter(t -> t.getKind() == TableKind.UNIT && t.getYear() == 2025)
			.findFirst().orElseThrow().getId();
		review.submit(lead2, serviceUnit);
		review.review(deptrev1, serviceUnit, new ReviewForm("APPROVE", null, null), List.of());
	}

	/**
	 * 慰问项目 adjusted after its publication (a mid-year budget increase) and published again: its public page shows
	 * the version in force marked 调整后, with the original beside it.
	 */
	private void adjust(long visits, Account lead1, Account deptrev1, Account finance1) {
		adjustments.open(lead1, visits, "年中追加预算 2 万元，慰问范围扩大到辖区社区，相应调整慰问单位数量和资金。");
		TargetTable proposal = tables.get(lead1, visits);
		TableContent before = proposal.content();
		List<Indicator> rows = before.indicators().stream()
			.map(i -> !"慰问单位数量".equals(i.getName()) ? i : new Indicator(i.getLevel1(), i.getLevel2(), i.getName(),
					">=8个", i.getBasis(), i.getLastYearValue(), i.getWeight(), i.getScoringRule(), i.getEvidence(),
					null))
			.toList();
		BigDecimal funds = new BigDecimal("12.00");
		tables.update(lead1, visits, proposal.getVersion(), new TableContent(before.projectName(),
				before.projectLead(), before.implementingUnit(), before.functionCode(), before.contactPerson(),
				before.contactPhone(), funds, funds, before.otherFunds(), before.fiscalUpper(), before.fiscalLocal(),
				before.overallGoal(), before.satisfactionNotApplicable(), before.satisfactionReason(), rows));
		review.submit(lead1, visits);
		review.review(deptrev1, visits, new ReviewForm("APPROVE", null, null), List.of());
		review.review(finance1, visits, new ReviewForm("APPROVE", "良", "追加预算已批复，同意调整。"), List.of());
		review.publish(finance1, visits, Disclosure.PUBLIC, null);
	}

	private static long byName(List<TargetTable> tables, String projectName) {
		return tables.stream().filter(t -> projectName.equals(t.getProjectName())).findFirst().orElseThrow().getId();
	}

	private Account account(String username) {
		return (Account) accounts.loadUserByUsername(username);
	}

	private List<DemoTable> readTables() throws IOException {
		try (InputStream in = new ClassPathResource("demo/tables.json").getInputStream()) {
			return json.readValue(in, new TypeReference<List<DemoTable>>() {
			});
		}
	}
}
