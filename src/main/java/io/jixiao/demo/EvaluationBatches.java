package io.jixiao.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The self-evaluation round of a generated year and one evaluation per generated table with an approved version
 * (approved or published), written with JDBC batches as the tables are: evaluations in every status, filled to reach
 * every grade, with the scores the product's engine gives their figures kept on them as the product keeps them
 * (execution rate 80 % or more, so that no cap applies; each target met exactly, or missed by half, which scores
 * half its weight). Some accepted ones carry finance's re-score (抽评) of their first row. Like the monitoring reports
 * they carry no process: they are there for the round's overview and the lists to be measured at scale.
 */
final class EvaluationBatches {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final Pattern QUANTITY = Pattern.compile("([≥≤]?)(\\d+(?:\\.\\d+)?)(.*)");
	private static final String ANALYSIS = "受项目实施进度影响未达预期，下年度提前谋划、加强过程监控。";

	/** Status of an evaluation, in percent: a round some weeks before its due date. */
	private static final Map<String, Integer> STATUS = new LinkedHashMap<>();

	static {
		STATUS.put("DRAFT", 20);
		STATUS.put("DEPT_REVIEW", 10);
		STATUS.put("FINANCE_REVIEW", 15);
		STATUS.put("RETURNED", 5);
		STATUS.put("ACCEPTED", 50);
	}

	/** The grade a filled evaluation aims at: its share in percent, execution rate, points its missed targets lose. */
	private record Aim(int share, int rate, int lost) {
	}

	private static final List<Aim> AIMS = List.of(new Aim(40, 100, 3), new Aim(30, 95, 12), new Aim(20, 85, 25),
			new Aim(10, 80, 45));

	private final JdbcTemplate jdbc;

	EvaluationBatches(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The grade thresholds (优, 良, 中) of the rule set a year is scored by. */
	record Thresholds(BigDecimal excellent, BigDecimal good, BigDecimal fair) {

		String grade(BigDecimal total) {
			return total.compareTo(excellent) >= 0 ? "优"
					: total.compareTo(good) >= 0 ? "良" : total.compareTo(fair) >= 0 ? "中" : "差";
		}
	}

	Thresholds thresholds(int year) {
		return jdbc.queryForObject("select grade_excellent, grade_good, grade_fair from evaluation_rule_sets"
				+ " where rule_year = (select max(rule_year) from evaluation_rule_sets where rule_year <= ?)",
				(rs, i) -> new Thresholds(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)), year);
	}

	/** The year's round, due at the end of next March, opened now unless an earlier run (or finance) opened it. */
	long round(int year, long openedBy, Instant now) {
		Long id = jdbc.query("select id from evaluation_rounds where round_year = ?",
				rs -> rs.next() ? rs.getLong(1) : null, year);
		if (id != null) {
			return id;
		}
		return Inserts.one(jdbc, "insert into evaluation_rounds (round_year, due_date, opened_by, opened_at)"
				+ " values (?, ?, ?, ?)", year, LocalDate.of(year + 1, 3, 31), openedBy, Timestamp.from(now));
	}

	/** An evaluation for each approved or published draft of the batch, with its rows; returns how many. */
	int insert(long roundId, List<Draft> drafts, Thresholds thresholds, SplittableRandom random) {
		List<Filled> evaluations = drafts.stream()
			.filter(Draft::approved)
			.map(d -> fill(d, random, thresholds))
			.toList();
		if (evaluations.isEmpty()) {
			return 0;
		}
		List<Long> ids = Inserts.batch(jdbc, "insert into evaluations (round_id, table_id, table_version, unit_id,"
				+ " department_id, table_kind, project_name, overall_goal, status, version, fiscal_initial, fiscal_annual,"
				+ " fiscal_executed, other_initial, other_annual, other_executed, overall_result, conclusion, problems,"
				+ " improvements, total, grade, review_score, review_grade, review_comment, submitted_by, updated_at)"
				+ " values (?, ?, 1, ?, ?, 'PROJECT', ?, ?, ?, 0, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				evaluations, (ps, e) -> evaluation(ps, roundId, e));
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < evaluations.size(); i++) {
			for (Object[] row : evaluations.get(i).rows) {
				row[0] = ids.get(i);
				rows.add(row);
			}
		}
		jdbc.batchUpdate("insert into evaluation_rows (evaluation_id, position, level1, level2, name, target, weight,"
				+ " actual, achievement, judged_percent, not_applicable, analysis, score, review_score)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?)", rows);
		return evaluations.size();
	}

	/** One evaluation as drawn: its status, figures and scores, and its rows' parameters (the id left to fill). */
	private static final class Filled {

		Draft draft;
		String status;
		boolean filled;
		BigDecimal executed;
		BigDecimal total;
		String grade;
		BigDecimal reviewScore;
		String reviewGrade;
		final List<Object[]> rows = new ArrayList<>();
	}

	private static void evaluation(PreparedStatement ps, long roundId, Filled e) throws SQLException {
		Draft d = e.draft;
		ps.setLong(1, roundId);
		ps.setLong(2, d.id);
		ps.setLong(3, d.unit.id());
		ps.setLong(4, d.departmentId());
		ps.setString(5, d.name);
		ps.setString(6, "完成" + d.name + "年度绩效目标");
		ps.setString(7, e.status);
		ps.setBigDecimal(8, d.funds);
		ps.setBigDecimal(9, d.funds);
		ps.setBigDecimal(10, e.executed);
		ps.setBigDecimal(11, e.filled ? BigDecimal.ZERO : null);
		ps.setString(12, e.filled ? "项目按计划实施，" + e.grade + "等" : null);
		ps.setString(13, e.filled ? "自评得分" + e.total.toPlainString() + "分，等级" + e.grade : null);
		ps.setString(14, e.filled && !e.grade.equals("优") ? "部分指标未达预期" : null);
		ps.setString(15, e.filled && !e.grade.equals("优") ? "加强项目过程管理" : null);
		ps.setBigDecimal(16, e.total);
		ps.setString(17, e.grade);
		ps.setBigDecimal(18, e.reviewScore);
		ps.setString(19, e.reviewGrade);
		ps.setString(20, e.status.equals("RETURNED") ? "请补充佐证材料" : null);
		ps.setObject(21, e.status.equals("DRAFT") ? null : d.unit.lead());
		ps.setTimestamp(22, Timestamp.from(d.at));
	}

	/**
	 * Status, figures and scores of one evaluation. A draft is filled half the time; every other status has been
	 * submitted, so is filled. The total is the engine's: the execution score (rate × 10 %, the rate rounded as the
	 * engine rounds it) plus each row's score, a met target its weight and a missed one half of it.
	 */
	private static Filled fill(Draft d, SplittableRandom random, Thresholds thresholds) {
		Filled e = new Filled();
		e.draft = d;
		e.status = status(random, d);
		e.filled = !e.status.equals("DRAFT") || random.nextBoolean();
		Aim aim = Inserts.pick(random, AIMS, Aim::share);
		BigDecimal lost = BigDecimal.ZERO;
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal firstWeight = null;
		boolean firstMet = false;
		for (int p = 0; p < d.rows.size(); p++) {
			String[] r = d.rows.get(p);
			BigDecimal weight = new BigDecimal(r[4]);
			BigDecimal half = weight.divide(BigDecimal.valueOf(2));
			// targets are missed in order while the points lost stay within the aim's
			boolean met = lost.add(half).compareTo(BigDecimal.valueOf(aim.lost())) > 0;
			if (!met) {
				lost = lost.add(half);
			}
			BigDecimal score = !e.filled ? null : (met ? weight : half).setScale(2, RoundingMode.UNNECESSARY);
			if (p == 0) {
				firstWeight = weight;
				firstMet = met;
			}
			sum = e.filled ? sum.add(score) : sum;
			e.rows.add(row(p, r, e.filled, met, score));
		}
		if (!e.filled) {
			return e;
		}
		e.executed = d.funds.multiply(BigDecimal.valueOf(aim.rate())).divide(HUNDRED, 2, RoundingMode.HALF_UP);
		BigDecimal rate = e.executed.multiply(HUNDRED).divide(d.funds, 2, RoundingMode.HALF_UP);
		// the execution score: a tenth of the rate, rounded to hundredths as the engine rounds it
		e.total = rate.min(HUNDRED).multiply(BigDecimal.TEN).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP).add(sum);
		e.grade = thresholds.grade(e.total);
		// finance's 抽评 on one accepted evaluation in five: the first row scored lower than the unit scored it
		if (e.status.equals("ACCEPTED") && random.nextInt(5) == 0) {
			BigDecimal unitScore = firstMet ? firstWeight : firstWeight.divide(BigDecimal.valueOf(2));
			BigDecimal review = unitScore.divide(BigDecimal.valueOf(2)).setScale(2, RoundingMode.HALF_UP);
			e.reviewScore = e.total.subtract(unitScore).add(review);
			e.reviewGrade = thresholds.grade(e.reviewScore);
			e.rows.get(0)[12] = review;
		}
		return e;
	}

	/** A row's parameters (the evaluation's id first, left to fill); an unfilled row keeps only the approved target. */
	private static Object[] row(int position, String[] r, boolean filled, boolean met, BigDecimal score) {
		Matcher quantity = QUANTITY.matcher(r[3]);
		String actual = null;
		String level = null;
		BigDecimal judged = null;
		if (filled && quantity.matches()) {
			BigDecimal target = new BigDecimal(quantity.group(2));
			// half the target where more is better, twice it where less is (≤), both score half the weight
			BigDecimal value = met ? target
					: quantity.group(1).equals("≤") ? target.multiply(BigDecimal.valueOf(2))
							: target.divide(BigDecimal.valueOf(2));
			actual = value.stripTrailingZeros().toPlainString() + quantity.group(3);
		}
		else if (filled) {
			// a qualitative target: 达成 judged 100 %, or 未达成 judged 50 % (within its band of 0–60 %)
			actual = met ? r[3] : "尚未" + r[3];
			level = met ? "达成" : "未达成";
			judged = BigDecimal.valueOf(met ? 100 : 50);
		}
		return new Object[] { null, position, r[0], r[1], r[2], r[3], new BigDecimal(r[4]), actual, level, judged,
				filled && !met ? ANALYSIS : null, score, null };
	}

	/** The status of one evaluation (a department that does not review sends its evaluations to finance). */
	private static String status(SplittableRandom random, Draft d) {
		String status = Inserts.pick(random, List.copyOf(STATUS.keySet()), STATUS::get);
		return status.equals("DEPT_REVIEW") && !d.unit.deptReviews() ? "FINANCE_REVIEW" : status;
	}
}
