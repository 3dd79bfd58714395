package io.jixiao.targets;

import io.jixiao.checks.IndicatorValue;
import java.math.BigDecimal;
import java.util.List;

/** A table as the JSON API shows it (api.md); indicator values also parsed into operator, number and unit. */
record TableResponse(long id, String kind, String format, int year, long version, String status, String unitName,
		String projectName, String projectLead, String implementingUnit, String functionCode, String contactPerson,
		String contactPhone, BigDecimal totalFunds, BigDecimal fiscalFunds, BigDecimal otherFunds,
		BigDecimal fiscalUpper, BigDecimal fiscalLocal, String overallGoal, boolean satisfactionNotApplicable,
		String satisfactionReason, List<Row> indicators, String disclosure, String disclosureReason,
		Adjustment adjustment, Integer versionInForce) {

	/** The open adjustment (api.md, Adjustment). */
	record Adjustment(int number, String reason, String status, String openedAt) {
	}

	record Row(String level1, String level2, String name, String value, String basis, String lastYearValue,
			BigDecimal weight, String scoringRule, String evidence, String justification, String operator,
			BigDecimal number, String unit) {
	}

	static TableResponse of(TargetTable t, String unitName) {
		List<Row> rows = t.getIndicators().stream().map(i -> {
			IndicatorValue parsed = IndicatorValue.parse(i.getValue());
			return new Row(i.getLevel1(), i.getLevel2(), i.getName(), i.getValue(), i.getBasis(), i.getLastYearValue(),
					i.getWeight(), i.getScoringRule(), i.getEvidence(), i.getJustification(),
					parsed.operator().name(), parsed.number(), parsed.unit());
		}).toList();
		return new TableResponse(t.getId(), t.getKind().name(), t.getFormat().name(), t.getYear(), t.getVersion(),
				t.getStatus().name(), unitName, t.getProjectName(), t.getProjectLead(), t.getImplementingUnit(),
				t.getFunctionCode(), t.getContactPerson(), t.getContactPhone(), t.getTotalFunds(), t.getFiscalFunds(),
				t.getOtherFunds(), t.getFiscalUpper(), t.getFiscalLocal(), t.getOverallGoal(),
				t.isSatisfactionNotApplicable(), t.getSatisfactionReason(), rows,
				t.getDisclosure() == null ? null : t.getDisclosure().name(), t.getDisclosureReason(), adjustment(t),
				t.getApprovedVersion());
	}

	private static Adjustment adjustment(TargetTable t) {
		TableAdjustment open = t.getAdjustment();
		return open == null ? null
				: new Adjustment(open.getNumber(), open.getReason(), open.getStatus().name(), open.getOpenedAt().toString());
	}
}
