package io.jixiao.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The monitoring round of a generated year (1—7月, opened by the generator's finance reviewer) and one report per
 * approved or published generated table, written with JDBC batches as the tables are: reports in every status and
 * light with their rows, the figures matching the light (red behind on budget, yellow a target at risk). They carry
 * no process: they are there for the round's overview and the lists to be measured at scale, as decided tables carry
 * none; a report drawn in review cannot be decided.
 */
final class ReportBatches {

	static final String PERIOD = "1-7";

	/** Status of a report and its light, in percent: a round a few days before its due date. */
	private static final String[][] MIX = { { "DRAFT", null, "15" }, { "DRAFT", "GREEN", "10" },
			{ "DRAFT", "RED", "5" }, { "DEPT_REVIEW", "GREEN", "5" }, { "DEPT_REVIEW", "YELLOW", "5" },
			{ "FINANCE_REVIEW", "GREEN", "10" }, { "FINANCE_REVIEW", "RED", "5" }, { "RETURNED", "YELLOW", "5" },
			{ "ACCEPTED", "GREEN", "25" }, { "ACCEPTED", "YELLOW", "10" }, { "ACCEPTED", "RED", "5" } };

	private final JdbcTemplate jdbc;

	ReportBatches(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The year's 1—7月 round, opened now unless an earlier run (or finance) opened it. */
	long round(int year, long openedBy, Instant now) {
		Long id = jdbc.query("select id from monitoring_rounds where round_year = ? and period = ?",
				rs -> rs.next() ? rs.getLong(1) : null, year, PERIOD);
		if (id != null) {
			return id;
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(c -> {
			PreparedStatement ps = c.prepareStatement("insert into monitoring_rounds (round_year, period, due_date,"
					+ " opened_by, opened_at) values (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
			ps.setInt(1, year);
			ps.setString(2, PERIOD);
			ps.setObject(3, LocalDate.of(year, 8, 10));
			ps.setLong(4, openedBy);
			ps.setTimestamp(5, Timestamp.from(now));
			return ps;
		}, key);
		return key.getKey().longValue();
	}

	/** A report for each approved or published draft of the batch, with its rows; returns how many. */
	int insert(long roundId, List<Draft> drafts, SplittableRandom random) {
		List<Draft> approved = drafts.stream()
			.filter(d -> d.status.equals("APPROVED") || d.status.equals("PUBLISHED"))
			.toList();
		if (approved.isEmpty()) {
			return 0;
		}
		List<String[]> drawn = approved.stream().map(d -> draw(random, d)).toList();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.batchUpdate(c -> c.prepareStatement("insert into monitoring_reports (round_id, table_id, table_version,"
				+ " unit_id, department_id, project_name, overall_goal, status, light, light_rule, version,"
				+ " fiscal_initial, fiscal_adjusted, fiscal_executed, other_initial, other_adjusted, other_executed,"
				+ " overall_progress, key_monitoring, review_comment, submitted_by, updated_at)"
				+ " values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 0, 0, ?, ?, false, ?, ?, ?)",
				Statement.RETURN_GENERATED_KEYS), new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						report(ps, roundId, approved.get(i), drawn.get(i)[0], drawn.get(i)[1]);
					}

					@Override
					public int getBatchSize() {
						return approved.size();
					}
				}, keys);
		List<Map<String, Object>> ids = keys.getKeyList();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < approved.size(); i++) {
			long reportId = ((Number) ids.get(i).values().iterator().next()).longValue();
			addRows(rows, reportId, approved.get(i).rows, drawn.get(i)[1]);
		}
		jdbc.batchUpdate("insert into monitoring_rows (report_id, position, level1, level2, name, target,"
				+ " actual_to_date, expected_full_year, likelihood, explanation, measures, light, light_rule)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		return approved.size();
	}

	private static void report(PreparedStatement ps, long roundId, Draft d, String status, String light)
			throws SQLException {
		boolean filled = light != null;
		ps.setLong(1, roundId);
		ps.setLong(2, d.id);
		ps.setLong(3, d.unit.id());
		ps.setLong(4, d.unit.departmentId() != null ? d.unit.departmentId() : d.unit.id());
		ps.setString(5, d.name);
		ps.setString(6, "完成" + d.name + "年度绩效目标");
		ps.setString(7, status);
		ps.setString(8, light);
		ps.setString(9, !filled ? null : switch (light) {
			case "RED" -> "execution.behind";
			case "YELLOW" -> "likelihood.atRisk";
			default -> "execution.onPace";
		});
		ps.setBigDecimal(10, d.funds);
		ps.setBigDecimal(11, d.funds);
		// 1—7月 is 58.33 % of the year: 60 % executed is on pace, 20 % is behind
		ps.setBigDecimal(12, !filled ? null
				: d.funds.multiply(new BigDecimal(light.equals("RED") ? "0.2" : "0.6")).setScale(2, RoundingMode.HALF_UP));
		ps.setBigDecimal(13, filled ? BigDecimal.ZERO : null);
		ps.setString(14, filled ? "按计划推进" : null);
		ps.setString(15, status.equals("RETURNED") ? "请补充偏差原因" : null);
		ps.setObject(16, status.equals("DRAFT") ? null : d.unit.lead());
		ps.setTimestamp(17, Timestamp.from(d.at));
	}

	/** The rows as filled for the report's light: every target expected met, the first at risk in a yellow report. */
	private static void addRows(List<Object[]> into, long reportId, List<String[]> rows, String light) {
		for (int p = 0; p < rows.size(); p++) {
			String[] r = rows.get(p);
			boolean filled = light != null;
			boolean atRisk = filled && light.equals("YELLOW") && p == 0;
			into.add(new Object[] { reportId, p, r[0], r[1], r[2], r[3], filled ? "过半" : null,
					filled ? r[3] : null, !filled ? null : atRisk ? "有可能" : "确定能",
					atRisk ? "进度受供货影响" : null, atRisk ? "下半年加快推进" : null, !filled ? null : atRisk ? "YELLOW" : "GREEN",
					!filled ? null : atRisk ? "likelihood.atRisk" : "target.onTarget" });
		}
	}

	/** Status and light of one report (a department that does not review sends its reports to finance). */
	private static String[] draw(SplittableRandom random, Draft d) {
		int roll = random.nextInt(100);
		for (String[] mix : MIX) {
			roll -= Integer.parseInt(mix[2]);
			if (roll < 0) {
				String status = mix[0].equals("DEPT_REVIEW") && !d.unit.deptReviews() ? "FINANCE_REVIEW" : mix[0];
				return new String[] { status, mix[1] };
			}
		}
		return MIX[0];
	}
}
