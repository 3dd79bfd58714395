package io.jixiao.evaluation;

import io.jixiao.evaluation.RuleSet.ExecutionCaps;
import io.jixiao.evaluation.RuleSet.OverAchievement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The scoring rule sets in evaluation_rule_sets. A table is scored by the rule set of its year, that is the latest
 * one not after it (the earliest for a year before every rule set), so a later year's edits never re-score it.
 */
@Component
class ScoringRuleSets {

	private static final String COLUMNS = "select rule_year, grade_excellent, grade_good, grade_fair, achieved_floor,"
			+ " partial_floor, equality_band, over_achievement_on, over_achievement_threshold, over_achievement_points,"
			+ " over_achievement_basis, execution_cap_on, execution_caps, execution_cap_basis from evaluation_rule_sets";

	private final JdbcClient jdbc;

	ScoringRuleSets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	RuleSet of(int year) {
		return jdbc.sql(COLUMNS + " where rule_year = coalesce((select max(rule_year) from evaluation_rule_sets"
				+ " where rule_year <= ?), (select min(rule_year) from evaluation_rule_sets))")
			.param(year)
			.query((rs, n) -> new RuleSet(rs.getInt(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
					rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
					new OverAchievement(rs.getBoolean(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getString(11)),
					new ExecutionCaps(rs.getBoolean(12), ExecutionCaps.parse(rs.getString(13)), rs.getString(14))))
			.single();
	}
}
