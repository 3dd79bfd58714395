package io.jixiao.evaluation;

import io.jixiao.checks.Finding;
import io.jixiao.checks.IndicatorValue;
import io.jixiao.system.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A self-evaluation as the API (api.md, Self-evaluation) and the pages show it: the figures, every score with its
 * arithmetic worded, the rules applied to the total, the reviewer's re-score beside the unit's, and the findings.
 */
record EvaluationView(long id, long roundId, long tableId, String kind, int tableVersion, int year, long unitId,
		String unitName, String projectName, String overallGoal, String status, long version, Budget budget, BigDecimal executionRate,
		BigDecimal executionScore, String executionExplanation, String overallResult, List<Row> indicators,
		List<Applied> rulesApplied, BigDecimal total, String grade, BigDecimal reviewScore, String reviewGrade,
		List<Applied> reviewRulesApplied, String conclusion, String problems, String improvements,
		List<Finding> findings, String comment) {

	/** What the evaluation is named by: its project, or for a unit as a whole (单位整体) the unit. */
	public String displayName() {
		return projectName != null ? projectName : unitName;
	}

	/** Whether it evaluates a unit as a whole (部门（单位）整体绩效自评表) rather than a project. */
	public boolean unitWhole() {
		return "UNIT".equals(kind);
	}

	/** The message of the official table's name: 项目支出绩效自评表, or 部门（单位）整体绩效自评表. */
	public String titleCode() {
		return unitWhole() ? "evaluation.form.title.UNIT" : "evaluation.form.title";
	}

	/** The year's budget in 万元: the totals (年度资金总额) and each source with its own 执行率. */
	record Budget(BigDecimal initial, BigDecimal annual, BigDecimal executed, Source fiscal, Source other) {
	}

	record Source(BigDecimal initial, BigDecimal annual, BigDecimal executed, BigDecimal rate) {
	}

	/**
	 * @param effectiveWeight the weight the row scores against after rescaling for 不适用 rows
	 * @param qualitative whether the target is judged by level (达成 / 部分达成 / 未达成) rather than by a number
	 */
	record Row(int index, String level1, String level2, String name, String target, BigDecimal weight,
			BigDecimal effectiveWeight, String actual, String level, BigDecimal judgedPercent, boolean notApplicable,
			String analysis, BigDecimal score, String explanation, BigDecimal reviewScore, boolean qualitative) {
	}

	record Applied(String rule, String name, BigDecimal effect, String message) {
	}

	static EvaluationView of(Evaluation e, int year, String unitName, Scorecard card, Scorecard review,
			List<Finding> findings, EvaluationJudge judge) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < e.getRows().size(); i++) {
			EvaluationRow row = e.getRows().get(i);
			Scorecard.RowScore score = card.rows().get(i);
			rows.add(new Row(i, row.getLevel1(), row.getLevel2(), row.getName(), row.getTarget(), row.getWeight(),
					score.weight(), row.getActual(), row.getLevel(), row.getJudgedPercent(), row.isNotApplicable(),
					row.getAnalysis(), score.score(), judge.words(score.explanation()), row.getReviewScore(),
					IndicatorValue.parse(row.getTarget()).kind() != IndicatorValue.Kind.QUANTITATIVE));
		}
		Budget budget = new Budget(Money.sum(e.getFiscalInitial(), e.getOtherInitial()),
				Money.sum(e.getFiscalAnnual(), e.getOtherAnnual()),
				Money.sum(e.getFiscalExecuted(), e.getOtherExecuted()),
				source(e.getFiscalInitial(), e.getFiscalAnnual(), e.getFiscalExecuted()),
				source(e.getOtherInitial(), e.getOtherAnnual(), e.getOtherExecuted()));
		return new EvaluationView(e.getId(), e.getRoundId(), e.getTableId(), e.getTableKind().name(),
				e.getTableVersion(), year, e.getUnitId(), unitName, e.getProjectName(), e.getOverallGoal(), e.getStatus().name(), e.getVersion(), budget,
				card.executionRate(), card.executionScore(), judge.words(card.executionExplanation()),
				e.getOverallResult(), rows, applied(card, judge), card.total(), card.grade(),
				review == null ? null : review.total(), review == null ? null : review.grade(),
				review == null ? List.of() : applied(review, judge), e.getConclusion(), e.getProblems(),
				e.getImprovements(), findings, e.getReviewComment());
	}

	private static List<Applied> applied(Scorecard card, EvaluationJudge judge) {
		return card.rulesApplied().stream()
			.map(a -> new Applied(a.rule(), judge.text("evaluation.localRule." + a.rule()), a.effect(),
					judge.words(a.message())))
			.toList();
	}

	private static Source source(BigDecimal initial, BigDecimal annual, BigDecimal executed) {
		return new Source(initial, annual, executed, Money.percent(executed, annual));
	}
}
