package io.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.NoDatabase;
import io.jixiao.checks.Severity;
import io.jixiao.evaluation.RuleSet.ExecutionCaps;
import io.jixiao.evaluation.RuleSet.OverAchievement;
import io.jixiao.evaluation.Scorecard.Applied;
import io.jixiao.evaluation.Scorecard.Flag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The scoring engine, one table of cases per rule (each with a passing and an edge case), and a property over
 * generated evaluations: the total is always the shown execution score plus the shown row scores plus the shown
 * effects of the rules applied.
 */
@NoDatabase
class ScoringTest {

	static RuleSet rules(boolean overAchievement, boolean caps) {
		return new RuleSet(2026, d("90"), d("80"), d("60"), d("80"), d("60"), d("10"),
				new OverAchievement(overAchievement, d("30"), d("2"), "依据"),
				new ExecutionCaps(caps, ExecutionCaps.parse("80:89;70:79;60:69;50:59"), "依据"));
	}

	static BigDecimal d(String text) {
		return text == null || text.isEmpty() ? null : new BigDecimal(text);
	}

	static ScoreInput.Row row(String name, String target, String weight, String actual) {
		return new ScoreInput.Row(name, "数量指标", target, d(weight), actual, null, null, false, "偏差已分析", null);
	}

	/** One row of weight 90 beside a full budget execution: the row's score is the engine's answer on it. */
	static Scorecard one(ScoreInput.Row row) {
		return Scoring.score(rules(false, false), new ScoreInput(d("10"), d("10"), List.of(row)), false);
	}

	static List<String> errors(Scorecard card) {
		return card.flags().stream().filter(f -> f.severity() == Severity.ERROR).map(Flag::rule).toList();
	}

	@ParameterizedTest(name = "executed {1} of {0}: rate {2}, score {3}")
	@CsvSource({ "46.00, 44.16, 96.00, 9.60", "10, 12, 120.00, 10.00", "3, 0, 0.00, 0.00" })
	void executionScoresTheRateTimesTenCappedAtTen(String annual, String executed, String rate, String score) {
		Scorecard card = Scoring.score(rules(false, false), new ScoreInput(d(annual), d(executed), List.of()), false);
		assertThat(card.executionRate()).isEqualByComparingTo(rate);
		assertThat(card.executionScore()).isEqualByComparingTo(score);
	}

	@Test
	void missingBudgetFiguresLeaveNoTotalAndAnError() {
		Scorecard card = Scoring.score(rules(false, false), new ScoreInput(d("3"), null, List.of()), false);
		assertThat(card.total()).isNull();
		assertThat(errors(card)).containsExactly(Scoring.BUDGET_MISSING);
	}

	@ParameterizedTest(name = "{0} actual {1}: {2}")
	@CsvSource({ "≥100个, 80个, 72.00", "≥100个, 100个, 90.00", "≥95%, 94.99%, 89.99", ">=2批次, 1批次, 45.00",
			"100%, 50%, 45.00", "≥0个, 0个, 90.00" })
	void positiveScoresFullWhenMetElseActualOverTarget(String target, String actual, String score) {
		assertThat(one(row("指标", target, "90", actual)).rows().get(0).score()).isEqualByComparingTo(score);
	}

	@ParameterizedTest(name = "{0} actual {1}: {2}")
	@CsvSource({ "≤100万元, 120万元, 75.00", "≤100万元, 100万元, 90.00", "<5%, 0%, 90.00", "≤5%, 6%, 75.00" })
	void negativeScoresFullWhenMetElseTargetOverActual(String target, String actual, String score) {
		assertThat(one(row("指标", target, "90", actual)).rows().get(0).score()).isEqualByComparingTo(score);
	}

	@ParameterizedTest(name = "{0} actual {1}: {2}")
	@CsvSource({ "=100个, 100个, 90.00", "=100个, 98个, 88.20", "=100个, 90个, 81.00", "=100个, 89个, 0.00",
			"=100个, 111个, 0.00" })
	void equalityScoresByTheBandOfTheRuleSet(String target, String actual, String score) {
		assertThat(one(row("指标", target, "90", actual)).rows().get(0).score()).isEqualByComparingTo(score);
	}

	@ParameterizedTest(name = "{0} {1}%: {2}")
	@CsvSource({ "达成, 95, 85.50", "达成, 80, 72.00", "部分达成, 80, 72.00", "部分达成, 60, 54.00", "未达成, 0, 0.00" })
	void qualitativeScoresTheJudgedPercentInsideTheLevelsBand(String level, String percent, String score) {
		Scorecard card = one(new ScoreInput.Row("效果", "社会效益指标", "有效提升", d("90"), null, level, d(percent), false,
				"分析", null));
		assertThat(card.rows().get(0).score()).isEqualByComparingTo(score);
	}

	@ParameterizedTest(name = "{0} {1}%")
	@CsvSource({ "部分达成, 81", "达成, 79.99", "未达成, 61", "'', 90" })
	void qualitativeOutsideItsBandOrWithoutLevelIsAnError(String level, String percent) {
		Scorecard card = one(new ScoreInput.Row("效果", "社会效益指标", "有效提升", d("90"), null,
				level.isEmpty() ? null : level, d(percent), false, "分析", null));
		assertThat(card.rows().get(0).score()).isNull();
		assertThat(card.total()).isNull();
		assertThat(errors(card)).containsAnyOf(Scoring.JUDGED_OUT_OF_BAND, Scoring.LEVEL_MISSING);
	}

	@ParameterizedTest(name = "{0} {1} actual {2}: {3}")
	@CsvSource({ "服务对象满意度（%）, 90, 85%, 85.00", "服务对象满意度, ≥90%, 95%, 90.00", "服务对象满意度, ≥90%, 89.99%, 89.99" })
	void satisfactionScoresLikeAPositivePercentage(String name, String target, String actual, String score) {
		ScoreInput.Row row = new ScoreInput.Row(name, "满意度指标", target, d("90"), actual, null, null, false, "分析",
				null);
		assertThat(one(row).rows().get(0).score()).isEqualByComparingTo(score);
	}

	@Test
	void notApplicableRowIsDroppedAndTheOthersRescaledToNinety() {
		ScoreInput.Row dropped = new ScoreInput.Row("指标三", "数量指标", "≥1个", d("30"), null, null, null, true,
				"项目调整后不再采购", null);
		Scorecard card = Scoring.score(rules(false, false), new ScoreInput(d("10"), d("10"),
				List.of(row("指标一", "≥10个", "30", "10个"), row("指标二", "≥10个", "30", "5个"), dropped)), false);
		assertThat(card.rows().get(0).weight()).isEqualByComparingTo("45.00");
		assertThat(card.rows().get(0).score()).isEqualByComparingTo("45.00");
		assertThat(card.rows().get(1).score()).isEqualByComparingTo("22.50");
		assertThat(card.rows().get(2).score()).isNull();
		assertThat(card.total()).isEqualByComparingTo("77.50");
		assertThat(errors(card)).isEmpty();
	}

	@Test
	void notApplicableWithoutReasonIsAnErrorAndWeightsOfAHundredScaleToNinety() {
		ScoreInput.Row dropped = new ScoreInput.Row("指标二", "数量指标", "≥1个", d("50"), null, null, null, true, null,
				null);
		Scorecard card = Scoring.score(rules(false, false), new ScoreInput(d("10"), d("10"),
				List.of(row("指标一", "≥10个", "50", "10个"), dropped)), false);
		assertThat(card.rows().get(0).weight()).isEqualByComparingTo("90.00");
		assertThat(errors(card)).containsExactly(Scoring.REASON_MISSING);
	}

	@ParameterizedTest(name = "actual {0} of ≥100个, rule on {1}: effect {2}")
	@CsvSource({ "130个, true, -2.00", "129个, true, ''", "200个, false, ''" })
	void overAchievementByThirtyPercentLosesTwoPointsWhenSwitchedOn(String actual, boolean on, String effect) {
		Scorecard card = Scoring.score(rules(on, false),
				new ScoreInput(d("10"), d("10"), List.of(row("指标", "≥100个", "90", actual))), false);
		List<Applied> applied = card.rulesApplied();
		if (effect.isEmpty()) {
			assertThat(applied).isEmpty();
			assertThat(card.total()).isEqualByComparingTo("100.00");
		}
		else {
			assertThat(applied).singleElement().satisfies(a -> {
				assertThat(a.rule()).isEqualTo(RuleSet.OVER_ACHIEVEMENT);
				assertThat(a.effect()).isEqualByComparingTo(effect);
			});
			assertThat(card.total()).isEqualByComparingTo("98.00");
		}
	}

	@ParameterizedTest(name = "executed {0} of 100, caps on {1}: total {2}")
	@CsvSource({ "80, true, 98.00", "79.99, true, 89.00", "70, true, 89.00", "69.99, true, 79.00", "60, true, 79.00",
			"59, true, 69.00", "49.99, true, 59.00", "49.99, false, 95.00" })
	void lowExecutionRateCapsTheTotal(String executed, boolean on, String total) {
		Scorecard card = Scoring.score(rules(false, on),
				new ScoreInput(d("100"), d(executed), List.of(row("指标", "≥100个", "90", "100个"))), false);
		assertThat(card.total()).isEqualByComparingTo(total);
		assertThat(card.rulesApplied().isEmpty()).isEqualTo(card.total().compareTo(
				card.executionScore().add(card.rows().get(0).score())) == 0);
	}

	@ParameterizedTest(name = "{0} actual {1}")
	@CsvSource({ "≥10万元, 100000元", "≥95%, 96个", "≥95%, 96", "≥95%, ≥96%", "≥95%, 很好" })
	void actualInAnotherUnitOrNotANumberIsAnErrorNotAGuess(String target, String actual) {
		Scorecard card = one(row("指标", target, "90", actual));
		assertThat(card.rows().get(0).score()).isNull();
		assertThat(card.total()).isNull();
		assertThat(errors(card)).singleElement().isIn(Scoring.UNIT_MISMATCH, Scoring.ACTUAL_NOT_NUMBER);
	}

	@ParameterizedTest(name = "actual {0}, analysis {1}: errors {2}")
	@CsvSource({ "9个, '', analysis.missing", "9个, 原因已分析, ''", "10个, '', ''" })
	void rowBelowFullScoreNeedsItsDeviationAnalysis(String actual, String analysis, String error) {
		Scorecard card = one(new ScoreInput.Row("指标", "数量指标", "≥10个", d("90"), actual, null, null, false,
				analysis.isEmpty() ? null : analysis, null));
		assertThat(errors(card)).isEqualTo(error.isEmpty() ? List.of() : List.of(error));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "100, 优", "90, 优", "89.99, 良", "80, 良", "79.99, 中", "60, 中", "59.99, 差", "0, 差" })
	void gradeFollowsTheBoundariesOfTheRuleSet(String total, String grade) {
		assertThat(Scoring.grade(rules(false, false), d(total)).label()).isEqualTo(grade);
	}

	@Test
	void reviewScoreReplacesTheComputedScoreOnlyWhenTheReviewIsScored() {
		ScoreInput.Row rescored = new ScoreInput.Row("指标", "数量指标", "≥10个", d("90"), "10个", null, null, false,
				null, d("80"));
		ScoreInput input = new ScoreInput(d("10"), d("10"), List.of(rescored));
		assertThat(Scoring.score(rules(false, false), input, false).total()).isEqualByComparingTo("100.00");
		Scorecard review = Scoring.score(rules(false, false), input, true);
		assertThat(review.total()).isEqualByComparingTo("90.00");
		assertThat(review.rows().get(0).explanation()).extracting(Scorecard.Text::code).contains("score.reviewed");
	}

	@Test
	void everyRowShowsItsArithmeticInChinese() {
		ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
		bundle.setBasename("i18n/evaluation");
		bundle.setDefaultEncoding("UTF-8");
		Scorecard card = Scoring.score(rules(true, true), new ScoreInput(d("46.00"), d("44.16"),
				List.of(row("指标", "≥100", "10", "80"), row("次数", "≥2批次", "80", "2批次"))), false);
		Scorecard.Text text = card.rows().get(0).explanation().get(0);
		assertThat(bundle.getMessage("evaluation." + text.code(), text.args(), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("实际 80 ÷ 目标 100 × 10 = 8.00");
		Scorecard.Text execution = card.executionExplanation();
		assertThat(bundle.getMessage("evaluation." + execution.code(), execution.args(), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("全年执行数 44.16 ÷ 全年预算数 46.00 = 执行率 96.00%，按 10 分计（最高 10 分）得 9.60");
	}

	/** A generated evaluation: random targets of every kind, actuals in and out of unit, 不适用 rows, rule switches. */
	@Test
	void totalIsAlwaysTheSumOfTheShownScoresAfterTheShownRules() {
		Random random = new Random(20261206L);
		String[] ops = { "≥", ">", "≤", "<", "=", "" };
		String[] levels = { "达成", "部分达成", "未达成" };
		int scored = 0;
		for (int n = 0; n < 5000; n++) {
			List<ScoreInput.Row> rows = new ArrayList<>();
			int count = 1 + random.nextInt(12);
			for (int i = 0; i < count; i++) {
				BigDecimal weight = BigDecimal.valueOf(random.nextInt(31));
				boolean na = random.nextInt(10) == 0;
				if (random.nextInt(5) == 0) {
					String level = levels[random.nextInt(3)];
					BigDecimal p = BigDecimal.valueOf(level.equals("达成") ? 80 + random.nextInt(21)
							: level.equals("部分达成") ? 60 + random.nextInt(21) : random.nextInt(61));
					rows.add(new ScoreInput.Row("定性" + i, "效益指标", "有效提升", weight, null, level, p, na, "理由", null));
				}
				else {
					String target = ops[random.nextInt(ops.length)] + random.nextInt(200) + "个";
					String actual = random.nextInt(200) + (random.nextInt(40) == 0 ? "%" : "个");
					rows.add(new ScoreInput.Row("定量" + i, "数量指标", target, weight, actual, null, null, na, "理由", null));
				}
			}
			BigDecimal annual = BigDecimal.valueOf(1 + random.nextInt(500));
			BigDecimal executed = BigDecimal.valueOf(random.nextInt(600));
			Scorecard card = Scoring.score(rules(random.nextBoolean(), random.nextBoolean()),
					new ScoreInput(annual, executed, rows), false);
			if (card.total() == null) {
				continue;
			}
			scored++;
			BigDecimal sum = card.executionScore();
			for (int i = 0; i < rows.size(); i++) {
				if (!rows.get(i).notApplicable()) {
					sum = sum.add(card.rows().get(i).score());
				}
			}
			for (Applied applied : card.rulesApplied()) {
				sum = sum.add(applied.effect());
			}
			assertThat(card.total()).as("case %d", n).isEqualByComparingTo(sum);
			assertThat(card.total()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
			assertThat(card.grade()).isEqualTo(Scoring.grade(rules(false, false), card.total()).label());
		}
		assertThat(scored).as("cases with a total").isGreaterThan(2000);
	}
}
