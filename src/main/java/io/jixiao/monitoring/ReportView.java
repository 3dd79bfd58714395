package io.jixiao.monitoring;

import io.jixiao.checks.Finding;
import java.math.BigDecimal;
import java.util.List;

/** A report as the API (api.md, Monitoring) and the pages show it, with the computed rates, lights and findings. */
record ReportView(long id, long roundId, long tableId, int tableVersion, long unitId, String period, int year, String projectName,
		String unitName, String overallGoal, String status, long version, Budget budget, BigDecimal executionRate,
		BigDecimal timeProgress, String light, String lightRule, String overallProgress, List<Row> indicators,
		List<Finding> findings, boolean keyMonitoring, String rectification, String rectificationResult,
		String comment) {

	/** The funds in 万元: the totals (年度资金总额, whose 执行率 is the report's) and each source with its own 执行率. */
	record Budget(BigDecimal initial, BigDecimal adjusted, BigDecimal executed, Source fiscal, Source other) {
	}

	record Source(BigDecimal initial, BigDecimal adjusted, BigDecimal executed, BigDecimal rate) {
	}

	record Row(int index, String level1, String level2, String name, String target, String actualToDate,
			String expectedFullYear, List<String> deviationReasons, String likelihood, String explanation,
			String measures, String light, String lightRule) {
	}

	static ReportView of(MonitoringReport r, MonitoringRound round, String unitName, Assessment a,
			List<Finding> findings) {
		List<ReportRow> rows = r.getRows();
		List<Row> views = new java.util.ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ReportRow row = rows.get(i);
			views.add(new Row(i, row.getLevel1(), row.getLevel2(), row.getName(), row.getTarget(),
					row.getActualToDate(), row.getExpectedFullYear(), row.getDeviationReasons(), row.getLikelihood(),
					row.getExplanation(), row.getMeasures(), name(a.rowLights().get(i)), a.rowRules().get(i)));
		}
		return new ReportView(r.getId(), r.getRoundId(), r.getTableId(), r.getTableVersion(), r.getUnitId(),
				round.getPeriod().code(), round.getYear(), r.getProjectName(), unitName, r.getOverallGoal(),
				r.getStatus().name(), r.getVersion(),
				new Budget(r.getBudgetInitial(), r.getBudgetAdjusted(), r.getBudgetExecuted(),
						source(r.getFiscalInitial(), r.getFiscalAdjusted(), r.getFiscalExecuted()),
						source(r.getOtherInitial(), r.getOtherAdjusted(), r.getOtherExecuted())),
				a.executionRate(),
				a.timeProgress(), name(a.light()), a.lightRule(), r.getOverallProgress(), views, findings,
				r.isKeyMonitoring(), r.getRectification(), r.getRectificationResult(), r.getReviewComment());
	}

	/** A source's 执行率 as the total's: over the adjusted budget, the initial one while none is given. */
	private static Source source(BigDecimal initial, BigDecimal adjusted, BigDecimal executed) {
		return new Source(initial, adjusted, executed,
				MonitoringRules.executionRate(adjusted != null ? adjusted : initial, executed));
	}

	private static String name(Light light) {
		return light == null ? null : light.name();
	}
}
