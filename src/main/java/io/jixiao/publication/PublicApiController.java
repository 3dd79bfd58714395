package io.jixiao.publication;

import io.jixiao.system.ApiPaging;
import io.jixiao.targets.Indicator;
import io.jixiao.targets.TableContent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public JSON API (api.md, no login): published public tables with their approved content, and the summary
 * list with the statement counts of a department (or of all departments) and year. Money in 万元, two decimals.
 */
@RestController
@RequestMapping("/public/api/v1")
class PublicApiController {

	private static final int DEFAULT_PAGE_SIZE = 50;

	private final PublicTables tables;
	private final PublicTexts texts;

	PublicApiController(PublicTables tables, PublicTexts texts) {
		this.tables = tables;
		this.texts = texts;
	}

	/** {@code {"items": [...], "total": N}}: the public tables of a year (of every year without one), oldest first. */
	record TableList(List<TableJson> items, int total) {
	}

	/** One page of them: {@code total} counts every public table of the year, {@code page} is 0-based. */
	record TablePage(List<TableJson> items, long total, int page, int size) {
	}

	record TableJson(long id, String kind, String format, int year, String status, String disclosure,
			int approvedVersion, String departmentName, String unitName, String projectName, String projectLead,
			String implementingUnit, String contactPerson, String contactPhone, BigDecimal totalFunds,
			BigDecimal fiscalFunds, BigDecimal otherFunds, BigDecimal fiscalUpper, BigDecimal fiscalLocal,
			String overallGoal, boolean satisfactionNotApplicable, String satisfactionReason, List<Row> indicators,
			boolean adjusted, String adjustmentReason, Integer originalVersion) {

		record Row(String level1, String level2, String name, String value, String basis, String lastYearValue,
				BigDecimal weight, String scoringRule, String evidence) {
		}

		static TableJson of(PublishedTable table) {
			TableContent c = table.content();
			List<Row> rows = c.indicators().stream().map(TableJson::row).toList();
			return new TableJson(table.id(), table.kind().name(), table.format().name(), table.year(), "PUBLISHED",
					table.disclosure().name(), table.approvedVersion(), table.departmentName(), table.unitName(),
					c.projectName(), c.projectLead(), table.isProject() ? table.implementingUnit() : null,
					c.contactPerson(), c.contactPhone(), money(c.totalFunds()), money(c.fiscalFunds()),
					money(c.otherFunds()), money(c.fiscalUpper()), money(c.fiscalLocal()), c.overallGoal(),
					c.satisfactionNotApplicable(), c.satisfactionReason(), rows, table.adjusted(),
					table.adjustmentReason(), table.originalVersion());
		}

		private static Row row(Indicator i) {
			return new Row(i.getLevel1(), i.getLevel2(), i.getName(), i.getValue(), i.getBasis(), i.getLastYearValue(),
					i.getWeight(), i.getScoringRule(), i.getEvidence());
		}
	}

	record SummaryJson(int year, Summary.Department department, List<Summary.Row> rows, BigDecimal total,
			String totalText, StatementJson statement) {
	}

	/** The 预算绩效情况 counts; withheld tables are counted here and nowhere named. */
	record StatementJson(String text, int projects, BigDecimal projectAmount, int publicProjects, int withheldProjects,
			int unitTables, BigDecimal unitAmount) {
	}

	/**
	 * Without {@code page} and {@code size} every public table of the year (api.md); with either, one page of them
	 * ({@code page} 0-based, {@code size} 50 unless given, at most 200) and {@code total} counting them all.
	 */
	@GetMapping("/tables")
	Object tables(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		if (page == null && size == null) {
			List<TableJson> items = tables.publicTables(year).stream().map(TableJson::of).toList();
			return new TableList(items, items.size());
		}
		int number = page == null ? 0 : page;
		int rows = size == null ? DEFAULT_PAGE_SIZE : size;
		ApiPaging.check(number, rows);
		PublicTables.TablePage found = tables.publicTables(year, number, rows);
		return new TablePage(found.tables().stream().map(TableJson::of).toList(), found.total(), number, rows);
	}

	@GetMapping("/tables/{id}")
	TableJson table(@PathVariable long id) {
		return TableJson.of(tables.publicTable(id));
	}

	@GetMapping("/summary")
	SummaryJson summary(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String department) {
		Summary.Department chosen = tables.departmentOrAll(department);
		Summary summary = tables.summary(tables.yearOrLatest(year), chosen);
		Summary.Statement s = summary.statement();
		List<Summary.Row> rows = summary.rows().stream()
			.map(row -> new Summary.Row(row.number(), row.departmentUnit(), row.implementingUnit(), row.projectName(),
					money(row.amount()), row.tableId()))
			.toList();
		return new SummaryJson(summary.year(), chosen, rows, money(summary.total()),
				texts.grouped(summary.total()),
				new StatementJson(summary.statementText(), s.projects(), money(s.projectAmount()), s.publicProjects(),
						s.withheldProjects(), s.unitTables(), money(s.unitAmount())));
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
	}
}
