package io.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.checks.TableFormat;
import io.jixiao.checks.TableKind;
import io.jixiao.organizations.Actor;
import io.jixiao.system.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The table aggregate's transitions, where each leads, what it refuses, and the events it records (no Spring). */
class TargetTableTest {

	private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
	private static final Actor LEAD = new Actor(7, "张三", 30, "lead1");
	private static final Actor DEPT = new Actor(8, "李四", 20, "deptrev1");
	private static final Actor FINANCE = new Actor(9, "王五", 10, "finance1");
	private static final long DEPARTMENT = 20;

	@Test
	void newTableRecordsItsCreationWithTheIdTheSaveGaveIt() {
		TargetTable table = new TargetTable(TableKind.PROJECT, TableFormat.CURRENT, 2026, 1, 30, LEAD, null,
				content("保洁用品项目"), NOW);
		saved(table, 42L, 0);

		assertThat(table.getStatus()).isEqualTo(TableStatus.DRAFT);
		assertThat(table.domainEvents())
			.containsExactly(new TableCreated(42, LEAD, TableKind.PROJECT, 2026, "保洁用品项目", 1));
	}

	@Test
	void copyRecordsWhereItCameFrom() {
		TargetTable table = new TargetTable(TableKind.PROJECT, TableFormat.CURRENT, 2027, 1, 30, LEAD, 5L,
				content("保洁用品项目"), NOW);
		saved(table, 43L, 0);

		assertThat(table.domainEvents()).containsExactly(new TableCopied(43, LEAD, 5, 2027));
	}

	@Test
	void editRecordsTheChangesAndTheRowVersionAfterTheSave() {
		TargetTable table = draft();
		table.replaceContent(content("办公用品项目"), LEAD, NOW);
		saved(table, 1L, 4);

		TableUpdated updated = (TableUpdated) table.domainEvents().get(0);
		assertThat(updated.tableId()).isEqualTo(1);
		assertThat(updated.version()).isEqualTo(4);
		assertThat(updated.changes().header()).extracting(TableDiff.FieldChange::field).containsExactly("projectName");
	}

	@Test
	void editOnceSubmittedIsRefused() {
		TargetTable table = submitted(DEPARTMENT);
		assertThatThrownBy(() -> table.replaceContent(content("x"), LEAD, NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void submissionGoesToTheReviewingDepartmentAndCountsAVersion() {
		TargetTable table = submitted(DEPARTMENT);

		assertThat(table.getStatus()).isEqualTo(TableStatus.DEPT_REVIEW);
		assertThat(table.getLatestVersion()).isEqualTo(1);
		assertThat(table.getSubmittedBy()).isEqualTo(LEAD.id());
		assertThat(table.domainEvents()).containsExactly(
				new TableSubmitted(1, 1, TableStatus.DEPT_REVIEW, LEAD, "保洁用品项目", DEPARTMENT));
	}

	@Test
	void submissionWithoutReviewingDepartmentGoesToFinance() {
		TargetTable table = submitted(null);

		assertThat(table.getStatus()).isEqualTo(TableStatus.FINANCE_REVIEW);
		assertThat(table.domainEvents()).containsExactly(
				new TableSubmitted(1, 1, TableStatus.FINANCE_REVIEW, LEAD, "保洁用品项目", null));
	}

	@Test
	void returnedTableIsSubmittedAgainAsTheNextVersion() {
		TargetTable table = submitted(null);
		table.decide(Decision.RETURN, Grade.FAIR, "请补充", FINANCE, NOW);
		table.clearDomainEvents();

		table.submit(null, LEAD, NOW);

		assertThat(table.getLatestVersion()).isEqualTo(2);
		assertThat(table.getStatus()).isEqualTo(TableStatus.FINANCE_REVIEW);
	}

	@Test
	void submissionUnderReviewIsRefused() {
		TargetTable table = submitted(DEPARTMENT);
		assertThatThrownBy(() -> table.submit(DEPARTMENT, LEAD, NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void withdrawalFromEitherReviewStageGoesBackToDraft() {
		for (Long department : new Long[] { DEPARTMENT, null }) {
			TargetTable table = submitted(department);
			TableStatus stage = table.getStatus();
			table.clearDomainEvents();

			table.withdraw(LEAD, NOW);

			assertThat(table.getStatus()).isEqualTo(TableStatus.DRAFT);
			assertThat(table.domainEvents())
				.containsExactly(new TableWithdrawn(1, 1, stage, TableStatus.DRAFT, LEAD));
		}
	}

	@Test
	void withdrawalOfADraftIsRefused() {
		assertThatThrownBy(() -> draft().withdraw(LEAD, NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void departmentApprovalSendsTheTableOnToFinance() {
		TargetTable table = submitted(DEPARTMENT);
		table.clearDomainEvents();

		table.decide(Decision.APPROVE, null, null, DEPT, NOW);

		assertThat(table.getStatus()).isEqualTo(TableStatus.FINANCE_REVIEW);
		assertThat(table.getApprovedVersion()).isNull();
		assertThat(table.domainEvents()).containsExactly(new TableDecided(1, 1, TableStatus.DEPT_REVIEW,
				TableStatus.FINANCE_REVIEW, Decision.APPROVE, null, null, DEPT, "保洁用品项目", LEAD.id()));
	}

	@Test
	void financeApprovalFreezesTheLatestVersion() {
		TargetTable table = submitted(null);
		table.clearDomainEvents();

		table.decide(Decision.APPROVE, Grade.GOOD, "基本可行", FINANCE, NOW);

		assertThat(table.getStatus()).isEqualTo(TableStatus.APPROVED);
		assertThat(table.getApprovedVersion()).isEqualTo(1);
		assertThat(table.domainEvents()).containsExactly(new TableDecided(1, 1, TableStatus.FINANCE_REVIEW,
				TableStatus.APPROVED, Decision.APPROVE, Grade.GOOD, "基本可行", FINANCE, "保洁用品项目", LEAD.id()));
	}

	@Test
	void returnFromEitherStageGoesBackToTheDrafter() {
		for (Long department : new Long[] { DEPARTMENT, null }) {
			TargetTable table = submitted(department);
			table.decide(Decision.RETURN, null, "请补充", department == null ? FINANCE : DEPT, NOW);
			assertThat(table.getStatus()).isEqualTo(TableStatus.RETURNED);
		}
	}

	@Test
	void onlyFinanceRejects() {
		TargetTable atFinance = submitted(null);
		atFinance.decide(Decision.REJECT, Grade.POOR, "不符合要求", FINANCE, NOW);
		assertThat(atFinance.getStatus()).isEqualTo(TableStatus.REJECTED);

		TargetTable atDepartment = submitted(DEPARTMENT);
		assertThatThrownBy(() -> atDepartment.decide(Decision.REJECT, null, "不行", DEPT, NOW))
			.isInstanceOf(ConflictException.class);
		assertThat(atDepartment.getStatus()).isEqualTo(TableStatus.DEPT_REVIEW);
	}

	@Test
	void decisionOutsideReviewIsRefused() {
		assertThatThrownBy(() -> draft().decide(Decision.APPROVE, Grade.EXCELLENT, null, FINANCE, NOW))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> approved().decide(Decision.APPROVE, Grade.EXCELLENT, null, FINANCE, NOW))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void handOverKeepsTheStatusAndNamesTheColleague() {
		TargetTable table = submitted(DEPARTMENT);
		table.clearDomainEvents();

		table.handOver(DEPT, 11, "赵六", NOW);

		assertThat(table.getStatus()).isEqualTo(TableStatus.DEPT_REVIEW);
		assertThat(table.domainEvents()).containsExactly(
				new TableHandedOver(1, 1, TableStatus.DEPT_REVIEW, DEPT, 11, "赵六", "保洁用品项目"));
	}

	@Test
	void handOverOutsideReviewIsRefused() {
		assertThatThrownBy(() -> approved().handOver(FINANCE, 11, "赵六", NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void publicationDecisionPublishesTheApprovedVersion() {
		TargetTable table = approved();
		table.clearDomainEvents();

		table.decidePublication(Disclosure.WITHHELD, "涉及国家秘密", FINANCE, NOW);

		assertThat(table.getStatus()).isEqualTo(TableStatus.PUBLISHED);
		assertThat(table.getDisclosure()).isEqualTo(Disclosure.WITHHELD);
		assertThat(table.domainEvents()).containsExactly(new TablePublished(1, 1, TableStatus.PUBLISHED,
				Disclosure.WITHHELD, "涉及国家秘密", FINANCE, "保洁用品项目", LEAD.id()));
	}

	@Test
	void publicationBeforeApprovalIsRefused() {
		assertThatThrownBy(() -> submitted(null).decidePublication(Disclosure.PUBLIC, null, FINANCE, NOW))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void eventsAreClearedOncePublished() {
		TargetTable table = submitted(null);
		table.clearDomainEvents();
		assertThat(table.domainEvents()).isEmpty();
	}

	private static TargetTable draft() {
		TargetTable table = new TargetTable(TableKind.PROJECT, TableFormat.CURRENT, 2026, 1, 30, LEAD, null,
				content("保洁用品项目"), NOW);
		saved(table, 1L, 0);
		table.clearDomainEvents();
		return table;
	}

	private static TargetTable submitted(Long department) {
		TargetTable table = draft();
		table.submit(department, LEAD, NOW);
		return table;
	}

	private static TargetTable approved() {
		TargetTable table = submitted(null);
		table.decide(Decision.APPROVE, Grade.EXCELLENT, null, FINANCE, NOW);
		return table;
	}

	/** What the repository's save does to the table: the id of its row and its row version. */
	private static void saved(TargetTable table, Long id, long version) {
		ReflectionTestUtils.setField(table, "id", id);
		ReflectionTestUtils.setField(table, "version", version);
	}

	private static TableContent content(String projectName) {
		return new TableContent(projectName, "张三", "某单位", "2130101", "张三", "12345678", new BigDecimal("10.00"),
				new BigDecimal("10.00"), BigDecimal.ZERO, null, null, "总体目标", false, null,
				List.of(new Indicator("产出指标", "数量指标", "采购数量", "≥10个", null, null, new BigDecimal("20"), null,
						null, null)));
	}
}
