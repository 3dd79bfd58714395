package io.jixiao.evaluation;

import io.jixiao.publication.Grid;
import io.jixiao.publication.Grid.Style;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The official 项目支出绩效自评表 of an evaluation and the round's overview as grids, which publication writes as a
 * workbook and a PDF. Parts as domain.md lists them: header, funds (年度资金总额 / 财政拨款 / 其他资金 with 分值 10
 * and 得分), overall, per indicator (levels merged down), and 总分, 等级, 评价结论, 存在问题, 改进措施; last the rules
 * that changed the total.
 */
@Component
class EvaluationSheets {

	/** Nine columns: the indicator part's, which the other parts span. */
	static final List<Integer> WIDTHS = List.of(6, 7, 13, 9, 9, 5, 7, 11, 11);

	private final MessageSource messages;

	EvaluationSheets(MessageSource messages) {
		this.messages = messages;
	}

	/** The evaluation as the official table; {@code department} and {@code implementing} complete the header. */
	Grid evaluation(EvaluationView e, String department, String implementing) {
		Grid.Builder b = new Grid.Builder();
		b.row().cell(Style.LABEL, text(e.unitWhole() ? "evaluation.sheet.unit" : "evaluation.sheet.project"), 2)
			.cell(Style.VALUE, e.displayName(), 3)
			.cell(Style.LABEL, text("evaluation.sheet.department"), 2).cell(Style.VALUE, department, 2);
		b.row().cell(Style.LABEL, text("evaluation.sheet.implementing"), 2).cell(Style.VALUE, implementing, 3)
			.cell(Style.LABEL, text("evaluation.year"), 2).cell(Style.VALUE, String.valueOf(e.year()), 2);
		b.row().cell(Style.LABEL, text("evaluation.sheet.funds"), 1, 4).cell(Style.HEAD, "", 2);
		for (String head : List.of("evaluation.budget.initial", "evaluation.sheet.annual", "evaluation.sheet.executed",
				"evaluation.col.points", "evaluation.sheet.rate", "evaluation.col.score")) {
			b.cell(Style.HEAD, text(head));
		}
		EvaluationView.Budget budget = e.budget();
		fundRow(b, text("evaluation.budget.total"), budget.initial(), budget.annual(), budget.executed(), "10",
				e.executionRate(), e.executionScore() == null ? "" : e.executionScore().toPlainString());
		fundRow(b, text("evaluation.sheet.fiscal"), budget.fiscal().initial(), budget.fiscal().annual(),
				budget.fiscal().executed(), "—", budget.fiscal().rate(), "—");
		fundRow(b, text("evaluation.budget.other"), budget.other().initial(), budget.other().annual(),
				budget.other().executed(), "—", budget.other().rate(), "—");
		b.row().cell(Style.LABEL, text("evaluation.sheet.overall"), 1, 2)
			.cell(Style.HEAD, text("evaluation.sheet.expected"), 4).cell(Style.HEAD, text("evaluation.overallResult"), 4);
		b.row().cell(Style.GOAL, e.overallGoal(), 4).cell(Style.GOAL, e.overallResult(), 4);
		b.row();
		for (String head : List.of("level1", "level2", "level3", "target", "actual", "points", "score")) {
			b.cell(Style.HEAD, text("evaluation.sheet.col." + head));
		}
		b.cell(Style.HEAD, text("evaluation.analysis"), 2);
		List<EvaluationView.Row> rows = e.indicators();
		for (int i = 0; i < rows.size(); i++) {
			EvaluationView.Row row = rows.get(i);
			b.row().levels(rows, i, EvaluationView.Row::level1, EvaluationView.Row::level2);
			b.cell(Style.VALUE, row.name()).cell(Style.CENTER, row.target()).cell(Style.CENTER, actual(row))
				.cell(Style.CENTER, row.notApplicable() ? "—" : figure(row.effectiveWeight()))
				.cell(Style.CENTER, score(row.score(), row.reviewScore()))
				.cell(Style.VALUE, row.analysis(), 2);
		}
		b.row().cell(Style.TOTAL, text("evaluation.total"), 5).cell(Style.CENTER, "100")
			.cell(Style.CENTER, score(e.total(), e.reviewScore()))
			.cell(Style.CENTER, text("evaluation.sheet.grade", grade(e.grade(), e.reviewGrade())), 2);
		for (String part : List.of("conclusion", "problems", "improvements")) {
			String value = switch (part) {
				case "conclusion" -> e.conclusion();
				case "problems" -> e.problems();
				default -> e.improvements();
			};
			b.row().cell(Style.LABEL, text("evaluation." + part), 2).cell(Style.GOAL, value, 7);
		}
		List<String> applied = e.rulesApplied().stream().map(a -> a.name() + "：" + a.message()).toList();
		b.row().cell(Style.LABEL, text("evaluation.sheet.rules"), 2)
			.cell(Style.GOAL, applied.isEmpty() ? text("evaluation.noRuleApplied") : String.join("；", applied), 7);
		return new Grid(text(e.titleCode()), text("evaluation.sheet.caption", String.valueOf(e.year())),
				null, WIDTHS, false, 0, b.rows());
	}

	/** Each department's statement: 「本年度开展绩效自评的项目 N 个，涉及资金 X 万元；优 a 个……」. */
	List<String> statements(EvaluationOverview round) {
		return round.departments().stream().map(d -> text("evaluation.statement", d.name(),
				String.valueOf(d.evaluations()), d.funds().setScale(2, RoundingMode.HALF_UP).toPlainString(),
				String.valueOf(d.byGrade().get("优")), String.valueOf(d.byGrade().get("良")),
				String.valueOf(d.byGrade().get("中")), String.valueOf(d.byGrade().get("差")))).toList();
	}

	/** The round's counts per department, with their total. */
	Grid overview(EvaluationOverview round) {
		Grid.Builder b = new Grid.Builder();
		b.row();
		List<String> grades = new ArrayList<>(round.byGrade().keySet());
		for (String head : List.of("evaluation.col.department", "evaluation.col.evaluations", "evaluation.col.funds",
				"evaluation.col.submitted", "evaluation.col.overdue")) {
			b.cell(Style.HEAD, text(head));
		}
		grades.forEach(g -> b.cell(Style.HEAD, g));
		b.cell(Style.HEAD, text("evaluation.col.average"));
		for (EvaluationOverview.Department d : round.departments()) {
			b.row().cell(Style.VALUE, d.name()).cell(Style.CENTER, String.valueOf(d.evaluations()))
				.cell(Style.CENTER, d.funds().setScale(2, RoundingMode.HALF_UP).toPlainString())
				.cell(Style.CENTER, String.valueOf(d.submitted())).cell(Style.CENTER, String.valueOf(d.overdue()));
			grades.forEach(g -> b.cell(Style.CENTER, String.valueOf(d.byGrade().get(g))));
			b.cell(Style.CENTER, d.averageScore() == null ? "" : d.averageScore().toPlainString());
		}
		b.row().cell(Style.TOTAL, text("evaluation.sheet.sum")).cell(Style.CENTER, String.valueOf(round.evaluations()))
			.cell(Style.CENTER, "").cell(Style.CENTER, String.valueOf(round.submitted()))
			.cell(Style.CENTER, String.valueOf(round.overdue()));
		grades.forEach(g -> b.cell(Style.CENTER, String.valueOf(round.byGrade().get(g))));
		b.cell(Style.CENTER, round.averageScore() == null ? "" : round.averageScore().toPlainString());
		return new Grid(text("evaluation.round.title", String.valueOf(round.year())),
				text("evaluation.round.due", round.dueDate()), null, List.of(16, 6, 8, 6, 6, 5, 5, 5, 5, 7), false, 1,
				b.rows());
	}

	private String actual(EvaluationView.Row row) {
		if (row.notApplicable()) {
			return text("evaluation.notApplicable");
		}
		if (row.qualitative()) {
			return row.level() == null ? "" : text("evaluation.levelShown", row.level(), figure(row.judgedPercent()));
		}
		return row.actual();
	}

	/** The unit's score, with the reviewer's beside it where one re-scored (抽评): both are kept. */
	private String score(BigDecimal unit, BigDecimal review) {
		String own = unit == null ? "" : unit.toPlainString();
		return review == null ? own : text("evaluation.sheet.reviewed", own, review.toPlainString());
	}

	private String grade(String unit, String review) {
		String own = unit == null ? "" : unit;
		return review == null ? own : text("evaluation.sheet.reviewed", own, review);
	}

	private static void fundRow(Grid.Builder b, String label, BigDecimal initial, BigDecimal annual,
			BigDecimal executed, String points, BigDecimal rate, String score) {
		b.row().cell(Style.LABEL, label, 2);
		amount(b, initial);
		amount(b, annual);
		amount(b, executed);
		b.cell(Style.CENTER, points).cell(Style.CENTER, rate == null ? "" : rate.toPlainString() + "%")
			.cell(Style.CENTER, score);
	}

	private static void amount(Grid.Builder b, BigDecimal amount) {
		if (amount == null) {
			b.cell(Style.CENTER, "");
		}
		else {
			BigDecimal money = amount.setScale(2, RoundingMode.HALF_UP);
			b.amount(money, money.toPlainString(), 1);
		}
	}

	private static String figure(BigDecimal value) {
		return value == null ? "" : Scoring.figure(value);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}
}
