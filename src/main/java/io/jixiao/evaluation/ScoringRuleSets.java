package io.jixiao.evaluation;

import io.jixiao.evaluation.RuleSet.ExecutionCaps;
import io.jixiao.evaluation.RuleSet.OverAchievement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
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
			.query(ScoringRuleSets::ruleSet)
			.single();
	}

	/** Every stored rule set, the latest year first. */
	List<RuleSet> all() {
		return jdbc.sql(COLUMNS + " order by rule_year desc").query(ScoringRuleSets::ruleSet).list();
	}

	/** Stores the rule set of its year, replacing the year's own if it had one. */
	void save(RuleSet r) {
		Object[] values = { r.excellent(), r.good(), r.fair(), r.achievedFloor(), r.partialFloor(), r.equalityBand(),
				r.overAchievement().enabled(), r.overAchievement().threshold(), r.overAchievement().points(),
				r.overAchievement().basis(), r.executionCaps().enabled(),
				ExecutionCaps.format(r.executionCaps().caps()), r.executionCaps().basis(), r.year() };
		int updated = jdbc.sql("update evaluation_rule_sets set grade_excellent = ?, grade_good = ?, grade_fair = ?,"
				+ " achieved_floor = ?, partial_floor = ?, equality_band = ?, over_achievement_on = ?,"
				+ " over_achievement_threshold = ?, over_achievement_points = ?, over_achievement_basis = ?,"
				+ " execution_cap_on = ?, execution_caps = ?, execution_cap_basis = ? where rule_year = ?")
			.params(values)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into evaluation_rule_sets (grade_excellent, grade_good, grade_fair, achieved_floor,"
					+ " partial_floor, equality_band, over_achievement_on, over_achievement_threshold,"
					+ " over_achievement_points, over_achievement_basis, execution_cap_on, execution_caps,"
					+ " execution_cap_basis, rule_year) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(values)
				.update();
		}
	}

	private static RuleSet ruleSet(ResultSet rs, int row) throws SQLException {
		return new RuleSet(rs.getInt(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
				rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
				new OverAchievement(rs.getBoolean(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getString(11)),
				new ExecutionCaps(rs.getBoolean(12), ExecutionCaps.parse(rs.getString(13)), rs.getString(14)));
	}
}
