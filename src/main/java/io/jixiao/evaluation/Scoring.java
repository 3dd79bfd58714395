package io.jixiao.evaluation;

import io.jixiao.checks.IndicatorValue;
import io.jixiao.checks.IndicatorValue.Kind;
import io.jixiao.checks.IndicatorValue.Operator;
import io.jixiao.checks.Severity;
import io.jixiao.evaluation.Scorecard.Applied;
import io.jixiao.evaluation.Scorecard.Flag;
import io.jixiao.evaluation.Scorecard.RowScore;
import io.jixiao.evaluation.Scorecard.Text;
import io.jixiao.system.Money;
import io.jixiao.targets.Grade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The scoring of 财预〔2020〕10号 over one evaluation: budget execution 10 points (rate × 10, at most 10), the
 * indicators 90 by their weights (rescaled when some are 不适用), then the year's local rules on the total, and the
 * grade. Pure: the same input and rule set give the same scorecard. Every figure shown is rounded to 2 decimals
 * before it is added, so the total is exactly the sum of what is shown.
 */
final class Scoring {

	static final String BUDGET_MISSING = "budget.missing";
	static final String ACTUAL_MISSING = "actual.missing";
	static final String ACTUAL_NOT_NUMBER = "actual.notNumber";
	static final String UNIT_MISMATCH = "unit.mismatch";
	static final String LEVEL_MISSING = "level.missing";
	static final String JUDGED_OUT_OF_BAND = "judged.outOfBand";
	static final String REASON_MISSING = "notApplicable.reason";
	static final String ANALYSIS_MISSING = "analysis.missing";
	static final String WEIGHTS_MISSING = "weights.missing";

	static final String ACHIEVED = "达成";
	static final String PARTIAL = "部分达成";
	static final String NOT_ACHIEVED = "未达成";
	static final List<String> LEVELS = List.of(ACHIEVED, PARTIAL, NOT_ACHIEVED);

	static final BigDecimal EXECUTION_POINTS = BigDecimal.TEN;
	static final BigDecimal INDICATOR_POINTS = BigDecimal.valueOf(90);
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Scoring() {
	}

	/** The unit's own scores; with {@code reviewed}, a reviewer's re-score replaces the computed one of its row. */
	static Scorecard score(RuleSet rules, ScoreInput input, boolean reviewed) {
		List<Flag> flags = new ArrayList<>();
		BigDecimal rate = null;
		BigDecimal executionScore = null;
		Text executionText = null;
		if (input.annual() == null || input.executed() == null || input.annual().signum() <= 0) {
			flags.add(new Flag(BUDGET_MISSING, Severity.ERROR, null));
		}
		else {
			rate = Money.percent(input.executed(), input.annual());
			executionScore = round(rate.min(HUNDRED).multiply(EXECUTION_POINTS).divide(HUNDRED));
			executionText = new Text("score.execution", plain(input.executed()), plain(input.annual()), plain(rate),
					plain(executionScore));
		}
		List<BigDecimal> weights = weights(input.rows(), flags);
		List<RowScore> rows = new ArrayList<>();
		boolean complete = executionScore != null;
		BigDecimal sum = executionScore == null ? BigDecimal.ZERO : executionScore;
		for (int i = 0; i < input.rows().size(); i++) {
			ScoreInput.Row row = input.rows().get(i);
			RowScore scored = row(rules, row, i, weights.get(i), flags);
			if (reviewed && row.review() != null && !row.notApplicable()) {
				List<Text> texts = new ArrayList<>(scored.explanation());
				texts.add(new Text("score.reviewed", plain(round(row.review())),
						scored.score() == null ? "—" : plain(scored.score())));
				scored = new RowScore(scored.weight(), round(row.review()), texts, scored.overAchieved());
			}
			rows.add(scored);
			if (!row.notApplicable()) {
				complete &= scored.score() != null;
				sum = sum.add(scored.score() == null ? BigDecimal.ZERO : scored.score());
				if (scored.score() != null && scored.score().compareTo(scored.weight()) < 0 && row.analysis() == null) {
					flags.add(new Flag(ANALYSIS_MISSING, Severity.ERROR, i, row.name()));
				}
			}
		}
		List<Applied> applied = new ArrayList<>();
		BigDecimal total = sum;
		if (rules.overAchievement().enabled()) {
			for (int i = 0; i < rows.size(); i++) {
				RowScore r = rows.get(i);
				if (r.overAchieved() && r.score() != null) {
					BigDecimal effect = rules.overAchievement().points().min(r.score()).negate();
					total = total.add(effect);
					applied.add(new Applied(RuleSet.OVER_ACHIEVEMENT, effect, new Text("applied.overAchievement",
							input.rows().get(i).name(), plain(rules.overAchievement().threshold()), plain(effect.negate()))));
				}
			}
		}
		if (rules.executionCaps().enabled() && rate != null) {
			for (RuleSet.Cap cap : rules.executionCaps().caps()) {
				if (rate.compareTo(cap.below()) < 0) {
					if (total.compareTo(cap.atMost()) > 0) {
						BigDecimal effect = cap.atMost().subtract(total);
						applied.add(new Applied(RuleSet.EXECUTION_CAP, effect, new Text("applied.executionCap",
								plain(rate), plain(cap.below()), plain(cap.atMost()), plain(total))));
						total = cap.atMost();
					}
					break;
				}
			}
		}
		total = complete ? round(total) : null;
		return new Scorecard(rate, executionScore, executionText, rows, applied, total,
				total == null ? null : grade(rules, total).label(), flags);
	}

	static Grade grade(RuleSet rules, BigDecimal total) {
		if (total.compareTo(rules.excellent()) >= 0) {
			return Grade.EXCELLENT;
		}
		if (total.compareTo(rules.good()) >= 0) {
			return Grade.GOOD;
		}
		return total.compareTo(rules.fair()) >= 0 ? Grade.FAIR : Grade.POOR;
	}

	/**
	 * The weights the rows score against: their own, scaled so that the applicable ones share the 90 points (a row
	 * 不适用 drops out and the rest rise with it); equal shares when no row has a weight.
	 */
	private static List<BigDecimal> weights(List<ScoreInput.Row> rows, List<Flag> flags) {
		BigDecimal applicable = BigDecimal.ZERO;
		long count = 0;
		for (ScoreInput.Row row : rows) {
			if (!row.notApplicable()) {
				applicable = applicable.add(row.weight() == null ? BigDecimal.ZERO : row.weight());
				count++;
			}
		}
		boolean equal = applicable.signum() == 0 && count > 0;
		if (equal) {
			flags.add(new Flag(WEIGHTS_MISSING, Severity.WARNING, null));
		}
		List<BigDecimal> weights = new ArrayList<>();
		for (ScoreInput.Row row : rows) {
			BigDecimal own = row.weight() == null ? BigDecimal.ZERO : row.weight();
			weights.add(row.notApplicable() ? BigDecimal.ZERO
					: equal ? INDICATOR_POINTS.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP)
							: round(own.multiply(INDICATOR_POINTS).divide(applicable, 10, RoundingMode.HALF_UP)));
		}
		return weights;
	}

	private static RowScore row(RuleSet rules, ScoreInput.Row row, int index, BigDecimal weight, List<Flag> flags) {
		List<Text> texts = new ArrayList<>();
		if (row.notApplicable()) {
			if (row.analysis() == null) {
				flags.add(new Flag(REASON_MISSING, Severity.ERROR, index, row.name()));
			}
			texts.add(new Text("score.notApplicable", row.analysis() == null ? "—" : row.analysis()));
			return new RowScore(BigDecimal.ZERO, null, texts, false);
		}
		BigDecimal own = row.weight() == null ? BigDecimal.ZERO : row.weight();
		if (own.compareTo(weight) != 0) {
			texts.add(new Text("score.rescaled", figure(own), figure(weight)));
		}
		IndicatorValue target = IndicatorValue.parse(row.target());
		if (target.kind() != Kind.QUANTITATIVE) {
			return qualitative(rules, row, index, weight, texts, flags);
		}
		IndicatorValue actual = IndicatorValue.parse(row.actual());
		if (actual.kind() == Kind.EMPTY) {
			flags.add(new Flag(ACTUAL_MISSING, Severity.ERROR, index, row.name()));
			return new RowScore(weight, null, texts, false);
		}
		if (actual.kind() != Kind.QUANTITATIVE || actual.operator() != Operator.NONE) {
			flags.add(new Flag(ACTUAL_NOT_NUMBER, Severity.ERROR, index, row.name(), row.actual(), unitOf(target, row)));
			return new RowScore(weight, null, texts, false);
		}
		String unit = unitOf(target, row);
		if (!actual.unit().equals(unit)) {
			flags.add(new Flag(UNIT_MISMATCH, Severity.ERROR, index, row.name(), actual.unit(), unit));
			return new RowScore(weight, null, texts, false);
		}
		return quantitative(rules, target, actual.number(), weight, texts);
	}

	/** The unit the actual must be written in: the target's, else the one in the indicator's name (满意度（%）). */
	private static String unitOf(IndicatorValue target, ScoreInput.Row row) {
		return target.unit().isEmpty() ? IndicatorValue.unitInName(row.name()) : target.unit();
	}

	private static RowScore quantitative(RuleSet rules, IndicatorValue target, BigDecimal a, BigDecimal weight,
			List<Text> texts) {
		BigDecimal t = target.number();
		String shownActual = plain(a) + target.unit();
		boolean over = false;
		BigDecimal score;
		switch (target.operator()) {
			case GE, GT, NONE -> {
				int c = a.compareTo(t);
				boolean met = target.operator() == Operator.GT ? c > 0 : c >= 0;
				if (met) {
					score = weight;
					texts.add(new Text("score.met", shownActual, target.normalized(), plain(weight)));
					over = t.signum() > 0 && a.subtract(t).multiply(HUNDRED).divide(t, 10, RoundingMode.HALF_UP)
						.compareTo(rules.overAchievement().threshold()) >= 0;
				}
				else if (t.signum() == 0) {
					score = BigDecimal.ZERO.setScale(2);
					texts.add(new Text("score.zeroTarget", shownActual, target.normalized()));
				}
				else {
					score = round(a.multiply(weight).divide(t, 10, RoundingMode.HALF_UP).min(weight));
					texts.add(new Text("score.positive", plain(a), plain(t), figure(weight), plain(score)));
				}
			}
			case LE, LT -> {
				int c = a.compareTo(t);
				boolean met = target.operator() == Operator.LT ? c < 0 : c <= 0;
				if (met) {
					score = weight;
					texts.add(new Text("score.met", shownActual, target.normalized(), plain(weight)));
				}
				else if (a.signum() == 0) {
					score = BigDecimal.ZERO.setScale(2);
					texts.add(new Text("score.zeroTarget", shownActual, target.normalized()));
				}
				else {
					score = round(t.multiply(weight).divide(a, 10, RoundingMode.HALF_UP).min(weight));
					texts.add(new Text("score.negative", plain(t), plain(a), figure(weight), plain(score)));
				}
			}
			default -> score = equality(rules, a, t, shownActual, target, weight, texts);
		}
		return new RowScore(weight, score, texts, over);
	}

	/** An equality target: full when met; within the band, the weight less the deviation's share; beyond it 0. */
	private static BigDecimal equality(RuleSet rules, BigDecimal a, BigDecimal t, String shownActual,
			IndicatorValue target, BigDecimal weight, List<Text> texts) {
		if (a.compareTo(t) == 0) {
			texts.add(new Text("score.met", shownActual, target.normalized(), plain(weight)));
			return weight;
		}
		if (t.signum() == 0) {
			texts.add(new Text("score.zeroTarget", shownActual, target.normalized()));
			return BigDecimal.ZERO.setScale(2);
		}
		BigDecimal deviation = a.subtract(t).abs().multiply(HUNDRED).divide(t.abs(), 2, RoundingMode.HALF_UP);
		if (deviation.compareTo(rules.equalityBand()) > 0) {
			texts.add(new Text("score.equalityOut", plain(a), plain(t), plain(deviation),
					plain(rules.equalityBand())));
			return BigDecimal.ZERO.setScale(2);
		}
		BigDecimal score = round(HUNDRED.subtract(deviation).multiply(weight).divide(HUNDRED));
		texts.add(new Text("score.equalityIn", plain(a), plain(t), plain(deviation), plain(rules.equalityBand()),
				figure(weight), plain(score)));
		return score;
	}

	/** A qualitative target: the level the unit judged and the percentage it states inside that level's band. */
	private static RowScore qualitative(RuleSet rules, ScoreInput.Row row, int index, BigDecimal weight,
			List<Text> texts, List<Flag> flags) {
		if (row.level() == null || !LEVELS.contains(row.level()) || row.judgedPercent() == null) {
			flags.add(new Flag(LEVEL_MISSING, Severity.ERROR, index, row.name()));
			return new RowScore(weight, null, texts, false);
		}
		BigDecimal p = row.judgedPercent();
		BigDecimal low = switch (row.level()) {
			case ACHIEVED -> rules.achievedFloor();
			case PARTIAL -> rules.partialFloor();
			default -> BigDecimal.ZERO;
		};
		BigDecimal high = switch (row.level()) {
			case ACHIEVED -> HUNDRED;
			case PARTIAL -> rules.achievedFloor();
			default -> rules.partialFloor();
		};
		if (p.compareTo(low) < 0 || p.compareTo(high) > 0) {
			flags.add(new Flag(JUDGED_OUT_OF_BAND, Severity.ERROR, index, row.name(), row.level(), plain(low),
					plain(high)));
			return new RowScore(weight, null, texts, false);
		}
		BigDecimal score = round(p.multiply(weight).divide(HUNDRED));
		texts.add(new Text("score.qualitative", row.level(), figure(p), figure(weight), plain(score)));
		return new RowScore(weight, score, texts, false);
	}

	static BigDecimal round(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	/** A score or an amount as the explanations write it: 8.00 stays 8.00, 100 stays 100. */
	static String plain(BigDecimal value) {
		return value.toPlainString();
	}

	/** A weight or a percentage as written on the table: 10.00 gives 10, 11.25 stays 11.25. */
	static String figure(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
