package io.jixiao.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monitoring round of a generated year (1—7月, opened by the generator's finance reviewer) and one report per
 * approved or published generated table, written with JDBC batches as the tables are: reports in every status and
 * light with their rows, the figures matching the light (red behind on budget, yellow a target at risk). They carry
 * no process: they are there for the round's overview and the lists to be measured at scale, as decided tables carry
 * none; a report drawn in review cannot be decided.
 */
final class ReportBatches {

	static final String PERIOD = "1-7";

	/** A report's status and light (null: not filled yet) and how often they occur, in percent. */
	private record Mix(String status, String light, int percent) {
	}

	/** A report to write: its table and what was drawn for it. */
	private record Drawn(Draft draft, Mix mix) {
	}

	/** A round a few days before its due date. */
	private static final List<Mix> MIX = List.of(new Mix("DRAFT", null, 15), new Mix("DRAFT", "GREEN", 10),
			new Mix("DRAFT", "RED", 5), new Mix("DEPT_REVIEW", "GREEN", 5), new Mix("DEPT_REVIEW", "YELLOW", 5),
			new Mix("FINANCE_REVIEW", "GREEN", 10), new Mix("FINANCE_REVIEW", "RED", 5), new Mix("RETURNED", "YELLOW", 5),
			new Mix("ACCEPTED", "GREEN", 25), new Mix("ACCEPTED", "YELLOW", 10), new Mix("ACCEPTED", "RED", 5));

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
		return Inserts.one(jdbc, "insert into monitoring_rounds (round_year, period, due_date, opened_by, opened_at)"
				+ " values (?, ?, ?, ?, ?)", year, PERIOD, LocalDate.of(year, 8, 10), openedBy, Timestamp.from(now));
	}

	/** A report for each approved or published draft of the batch, with its rows; returns how many. */
	int insert(long roundId, List<Draft> drafts, SplittableRandom random) {
		List<Drawn> drawn = drafts.stream().filter(Draft::approved).map(d -> new Drawn(d, draw(random, d))).toList();
		if (drawn.isEmpty()) {
			return 0;
		}
		List<Long> ids = Inserts.batch(jdbc, "insert into monitoring_reports (round_id, table_id, table_version,"
				+ " unit_id, department_id, project_name, overall_goal, status, light, light_rule, version,"
				+ " fiscal_initial, fiscal_adjusted, fiscal_executed, other_initial, other_adjusted, other_executed,"
				+ " overall_progress, key_monitoring, review_comment, submitted_by, updated_at)"
				+ " values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 0, 0, ?, ?, false, ?, ?, ?)",
				drawn, (ps, r) -> report(ps, roundId, r.draft(), r.mix()));
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < drawn.size(); i++) {
			addRows(rows, ids.get(i), drawn.get(i).draft().rows, drawn.get(i).mix().light());
		}
		jdbc.batchUpdate("insert into monitoring_rows (report_id, position, level1, level2, name, target,"
				+ " actual_to_date, expected_full_year, likelihood, explanation, measures, light, light_rule)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		return drawn.size();
	}

	private static void report(PreparedStatement ps, long roundId, Draft d, Mix mix) throws SQLException {
		String status = mix.status();
		String light = mix.light();
		boolean filled = light != null;
		ps.setLong(1, roundId);
		ps.setLong(2, d.id);
		ps.setLong(3, d.unit.id());
		ps.setLong(4, d.departmentId());
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
	private static Mix draw(SplittableRandom random, Draft d) {
		Mix mix = Inserts.pick(random, MIX, Mix::percent);
		return mix.status().equals("DEPT_REVIEW") && !d.unit.deptReviews()
				? new Mix("FINANCE_REVIEW", mix.light(), mix.percent()) : mix;
	}
}
