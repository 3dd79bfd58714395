package io.jixiao.monitoring;

import io.jixiao.publication.Grid;
import io.jixiao.publication.Grid.Style;
import io.jixiao.targets.TableContent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The official 项目支出绩效目标执行监控表 of a report and the round's overview as grids, which publication writes as
 * a workbook and a PDF. Columns as domain.md lists them: header, funds (年度资金总额 / 财政拨款 / 其他资金), overall,
 * per indicator (levels merged down), finance (是否重点监控, 整改要求, 整改结果).
 */
@Component
class MonitoringSheets {

	/** Ten columns: the indicator part's, which the other parts span. */
	static final List<Integer> WIDTHS = List.of(6, 7, 12, 8, 8, 8, 8, 7, 12, 12);

	private final MessageSource messages;

	MonitoringSheets(MessageSource messages) {
		this.messages = messages;
	}

	/** The report as the official table; {@code department} and {@code version} complete the header. */
	Grid report(ReportView r, String department, TableContent version) {
		Grid.Builder b = new Grid.Builder();
		String period = text("monitoring.round.period", r.year(), text("monitoring.period." + r.period()));
		b.row().cell(Style.LABEL, text("monitoring.sheet.project")).cell(Style.VALUE, r.projectName(), 4)
			.cell(Style.LABEL, text("monitoring.sheet.department")).cell(Style.VALUE, department, 4);
		b.row().cell(Style.LABEL, text("monitoring.sheet.implementing")).cell(Style.VALUE, version.implementingUnit(), 4)
			.cell(Style.LABEL, text("monitoring.sheet.period")).cell(Style.VALUE, period, 4);
		b.row().cell(Style.LABEL, text("monitoring.sheet.funds"), 2, 4).cell(Style.HEAD, "", 2)
			.cell(Style.HEAD, text("monitoring.sheet.initial")).cell(Style.HEAD, text("monitoring.sheet.adjusted"))
			.cell(Style.HEAD, text("monitoring.sheet.executed"), 2).cell(Style.HEAD, text("monitoring.executionRate"))
			.cell(Style.HEAD, text("monitoring.timeProgress"));
		ReportView.Budget budget = r.budget();
		fundRow(b, text("monitoring.sheet.total"), new ReportView.Source(budget.initial(), budget.adjusted(),
				budget.executed(), r.executionRate()), r.timeProgress());
		fundRow(b, text("monitoring.sheet.fiscal"), budget.fiscal(), r.timeProgress());
		fundRow(b, text("monitoring.sheet.other"), budget.other(), r.timeProgress());
		b.row().cell(Style.LABEL, text("monitoring.overallGoal"), 2).cell(Style.GOAL, r.overallGoal(), 8);
		b.row().cell(Style.LABEL, text("monitoring.overallProgress"), 2).cell(Style.GOAL, r.overallProgress(), 8);
		b.row();
		for (String head : List.of("level1", "level2", "level3", "target", "actual", "expected", "reasons",
				"likelihood", "explanation", "measures")) {
			b.cell(Style.HEAD, text("monitoring.sheet.col." + head));
		}
		List<ReportView.Row> rows = r.indicators();
		for (int i = 0; i < rows.size(); i++) {
			ReportView.Row row = rows.get(i);
			b.row().levels(rows, i, ReportView.Row::level1, ReportView.Row::level2);
			b.cell(Style.VALUE, row.name()).cell(Style.CENTER, row.target()).cell(Style.CENTER, row.actualToDate())
				.cell(Style.CENTER, row.expectedFullYear())
				.cell(Style.CENTER, String.join(text("monitoring.separator"), row.deviationReasons())).cell(Style.CENTER, row.likelihood())
				.cell(Style.VALUE, row.explanation()).cell(Style.VALUE, row.measures());
		}
		b.row().cell(Style.LABEL, text("monitoring.sheet.key"), 2)
			.cell(Style.VALUE, text(r.keyMonitoring() ? "monitoring.sheet.yes" : "monitoring.sheet.no"), 8);
		b.row().cell(Style.LABEL, text("monitoring.rectification"), 2).cell(Style.GOAL, r.rectification(), 8);
		b.row().cell(Style.LABEL, text("monitoring.rectificationResult"), 2)
			.cell(Style.GOAL, r.rectificationResult(), 8);
		return new Grid(text("monitoring.report.title"), period, null, WIDTHS, false, 0, b.rows());
	}

	/** The round's counts per department, with their total. */
	Grid overview(RoundOverview round) {
		Grid.Builder b = new Grid.Builder();
		b.row();
		for (String head : List.of("monitoring.col.department", "monitoring.col.reports", "monitoring.col.submitted",
				"monitoring.col.overdue", "monitoring.light.RED", "monitoring.light.YELLOW", "monitoring.light.GREEN",
				"monitoring.light.NONE")) {
			b.cell(Style.HEAD, text(head));
		}
		for (RoundOverview.Department d : round.departments()) {
			b.row().cell(Style.VALUE, d.name());
			counts(b, d.reports(), d.submitted(), d.overdue(), d.red(), d.yellow(), d.green(),
					d.reports() - d.red() - d.yellow() - d.green());
		}
		long red = round.byLight().get("RED");
		long yellow = round.byLight().get("YELLOW");
		long green = round.byLight().get("GREEN");
		b.row().cell(Style.TOTAL, text("monitoring.sheet.sum"));
		counts(b, round.reports(), round.submitted(), round.overdue(), red, yellow, green,
				round.reports() - red - yellow - green);
		String title = text("monitoring.round.title", round.year(), text("monitoring.period." + round.period()));
		return new Grid(title, text("monitoring.round.due", round.dueDate()), null, List.of(16, 6, 6, 6, 6, 6, 6, 6),
				false, 1, b.rows());
	}

	private static void counts(Grid.Builder b, long... values) {
		for (long value : values) {
			b.cell(Style.CENTER, String.valueOf(value));
		}
	}

	/** A row of the funds part: 年初预算数, 调整后预算数, 截至期末执行数, 执行率, 序时进度. */
	private static void fundRow(Grid.Builder b, String label, ReportView.Source funds, BigDecimal timeProgress) {
		b.row().cell(Style.LABEL, label, 2);
		amount(b, funds.initial(), 1);
		amount(b, funds.adjusted(), 1);
		amount(b, funds.executed(), 2);
		b.cell(Style.CENTER, percent(funds.rate())).cell(Style.CENTER, percent(timeProgress));
	}

	private static void amount(Grid.Builder b, BigDecimal amount, int colspan) {
		if (amount == null) {
			b.cell(Style.CENTER, "", colspan);
		}
		else {
			BigDecimal money = amount.setScale(2, RoundingMode.HALF_UP);
			b.amount(money, money.toPlainString(), colspan);
		}
	}

	private static String percent(BigDecimal value) {
		return value == null ? "" : value.toPlainString() + "%";
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}
}
