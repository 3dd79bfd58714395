package io.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.NoDatabase;
import io.jixiao.checks.Severity;
import io.jixiao.monitoring.Assessment.Flag;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The monitoring rules, one table of cases per rule: what each sets as light, and what it flags. */
@NoDatabase
class MonitoringRulesTest {

	private static final BigDecimal TEN = BigDecimal.TEN;

	private static ReportRow row(String target, String expected, String likelihood, String explanation,
			String measures, List<String> reasons) {
		ReportRow row = new ReportRow("产出指标", "数量指标", "指标", target);
		row.fill(new RowFilling(null, expected, reasons, likelihood, explanation, measures));
		return row;
	}

	private static ReportRow onTarget(String target, String expected) {
		return row(target, expected, "确定能", null, null, null);
	}

	private static List<String> rules(Assessment a, Severity severity) {
		return a.flags().stream().filter(f -> f.severity() == severity).map(Flag::rule).toList();
	}

	@Test
	void timeProgressIsTheMonthsOfThePeriodOverTwelve() {
		assertThat(MonitoringRules.timeProgress(Period.APRIL)).isEqualByComparingTo("33.33");
		assertThat(MonitoringRules.timeProgress(Period.JUNE)).isEqualByComparingTo("50.00");
		assertThat(MonitoringRules.timeProgress(Period.JULY)).isEqualByComparingTo("58.33");
		assertThat(MonitoringRules.timeProgress(Period.OCTOBER)).isEqualByComparingTo("83.33");
		assertThat(MonitoringRules.executionRate(new BigDecimal("46.00"), new BigDecimal("20.00")))
			.isEqualByComparingTo("43.48");
	}

	/** Rule execution.behind: the report's light by budget execution against 序时进度 (1–7月: 58.33 %) within 10 points. */
	@ParameterizedTest(name = "executed {0} of 100 → {1}")
	@CsvSource({ "58.33, GREEN, execution.onPace", "48.33, GREEN, execution.onPace", "48.32, RED, execution.behind",
			"10, RED, execution.behind", "100, GREEN, execution.onPace" })
	void budgetExecutionAgainstTimeProgress(BigDecimal executed, Light light, String rule) {
		Assessment a = MonitoringRules.assess(new BigDecimal("100"), executed, List.of(onTarget("≥95%", "96%")),
				Period.JULY, TEN);
		assertThat(a.light()).isEqualTo(light);
		assertThat(a.lightRule()).isEqualTo(rule);
		assertThat(rules(a, Severity.WARNING).contains("execution.behind")).isEqualTo(light == Light.RED);
	}

	/** Rule target.deviation: the expected full-year value against the target by its operator. */
	@ParameterizedTest(name = "{0} expected {1} → deviation {2}")
	@CsvSource(delimiter = '|', value = { "≥95%|96%|false", "≥95%|95%|false", "≥95%|94.9%|true", ">=2批次|1批次|true",
			"2批次|2批次|false", "2批次|1批次|true", ">95%|95%|true", "≤1.50万元|1.4万元|false", "<=1.50万元|1.6万元|true",
			"<1.5万元|1.5万元|true", "=100%|100%|false", "=100%|99%|true", "有所提升|有所提升|false",
			"有所提升|未达成|true", "2024年12月底前|未达成|true", "2024年12月底前|12月完成|false" })
	void expectedValueAgainstTargetByOperator(String target, String expected, boolean deviation) {
		assertThat(MonitoringRules.misses(target, expected)).isEqualTo(deviation);
		Assessment a = MonitoringRules.assess(new BigDecimal("100"), new BigDecimal("60"),
				List.of(row(target, expected, "确定能", "原因", "措施", List.of("经费保障"))), Period.JULY, TEN);
		assertThat(a.rowLights().get(0)).isEqualTo(deviation ? Light.YELLOW : Light.GREEN);
		assertThat(a.light()).isEqualTo(deviation ? Light.YELLOW : Light.GREEN);
		assertThat(a.lightRule()).isEqualTo(deviation ? "target.deviation" : "execution.onPace");
		assertThat(a.blocksSubmission()).isFalse();
	}

	static Stream<Arguments> explanations() {
		return Stream.of(Arguments.of("确定能", null, null, Light.GREEN, false),
				Arguments.of("有可能", "原因", "措施", Light.YELLOW, false),
				Arguments.of("有可能", "原因", null, Light.YELLOW, true),
				Arguments.of("有可能", null, "措施", Light.YELLOW, true),
				Arguments.of("完全不可能", null, null, Light.YELLOW, true),
				Arguments.of("完全不可能", "原因", "措施", Light.YELLOW, false));
	}

	/** Rule likelihood.unexplained: a likelihood other than 确定能 needs 原因说明 and 纠偏措施 (ERROR), and is a risk. */
	@ParameterizedTest(name = "{0}, {1}, {2} → {3}, refused {4}")
	@MethodSource("explanations")
	void likelihoodOtherThanCertainNeedsExplanationAndMeasures(String likelihood, String explanation,
			String measures, Light light, boolean refused) {
		Assessment a = MonitoringRules.assess(new BigDecimal("100"), new BigDecimal("60"),
				List.of(row("≥95%", "96%", likelihood, explanation, measures, null)), Period.JULY, TEN);
		assertThat(a.light()).isEqualTo(light);
		assertThat(rules(a, Severity.ERROR).contains("likelihood.unexplained")).isEqualTo(refused);
		assertThat(a.blocksSubmission()).isEqualTo(refused);
	}

	/** Rule deviation.unexplained: a deviation needs 偏差原因, 原因说明 and 纠偏措施. */
	@ParameterizedTest(name = "reasons {0}, explanation {1}, measures {2} → refused {3}")
	@CsvSource({ "经费保障, 原因, 措施, false", ", 原因, 措施, true", "经费保障, , 措施, true", "经费保障, 原因, , true" })
	void deviationNeedsReasonsExplanationAndMeasures(String reason, String explanation, String measures,
			boolean refused) {
		Assessment a = MonitoringRules.assess(new BigDecimal("100"), new BigDecimal("60"),
				List.of(row("≥95%", "80%", "有可能", explanation, measures, reason == null ? null : List.of(reason))),
				Period.JULY, TEN);
		assertThat(rules(a, Severity.ERROR).contains("deviation.unexplained")).isEqualTo(refused);
	}

	@Test
	void behindOnBudgetIsRedWhateverTheTargets() {
		Assessment a = MonitoringRules.assess(new BigDecimal("100"), new BigDecimal("10"),
				List.of(row("≥95%", "80%", "有可能", "原因", "措施", List.of("其他"))), Period.JULY, TEN);
		assertThat(a.light()).isEqualTo(Light.RED);
		assertThat(a.rowLights()).containsExactly(Light.YELLOW);
	}

	@Test
	void aReportNotFilledHasNoLightAndCannotBeSubmitted() {
		ReportRow empty = new ReportRow("产出指标", "数量指标", "指标", "≥95%");
		Assessment a = MonitoringRules.assess(new BigDecimal("100"), null, List.of(empty), Period.JULY, TEN);
		assertThat(a.light()).isNull();
		assertThat(a.rowLights()).containsOnlyNulls();
		assertThat(rules(a, Severity.ERROR)).containsExactly("budget.missing", "expected.missing",
				"likelihood.missing");
	}

	@Test
	void aWiderToleranceOfTheYearKeepsTheSameExecutionOnPace() {
		Assessment a = MonitoringRules.assess(new BigDecimal("100"), new BigDecimal("40"),
				List.of(onTarget("≥95%", "96%")), Period.JULY, new BigDecimal("20"));
		assertThat(a.light()).isEqualTo(Light.GREEN);
	}
}
