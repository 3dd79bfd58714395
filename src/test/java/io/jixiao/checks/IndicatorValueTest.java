package io.jixiao.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.jixiao.NoDatabase;
import io.jixiao.checks.IndicatorValue.Kind;
import io.jixiao.checks.IndicatorValue.Operator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@NoDatabase
class IndicatorValueTest {

	@ParameterizedTest(name = "{0}")
	@MethodSource("seedValues")
	void everyValueOfTheSeedsIsUnderstood(String text, Kind kind, Operator operator, String number, String unit) {
		IndicatorValue value = IndicatorValue.parse(text);

		assertThat(value.kind()).isEqualTo(kind);
		assertThat(value.operator()).isEqualTo(operator);
		if (number.isEmpty()) {
			assertThat(value.number()).isNull();
		}
		else {
			assertThat(value.number()).isEqualByComparingTo(number);
		}
		assertThat(value.unit()).isEqualTo(unit);
		assertThat(value.text()).isEqualTo(text.strip());
	}

	static Stream<Arguments> seedValues() throws IOException {
		try (InputStream in = IndicatorValueTest.class.getResourceAsStream("/checks/seed-values.tsv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.split("\t", -1))
				.map((cells) -> Arguments.of(cells[0], Kind.valueOf(cells[1]), Operator.valueOf(cells[2]), cells[3],
						cells[4]))
				.toList()
				.stream();
		}
	}

	@Test
	void theSeedValuesCoverEveryKindOfNoise() throws IOException {
		assertThat(seedValues().map((arguments) -> (String) arguments.get()[0])).hasSizeGreaterThan(200)
			.contains(">=95 %", "≤ 2909 元/月/人", "<=1.50 万元", "＞=3次", "＜=103.98 万元", "1-12月", "长期", "-");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			>=95 %          | GE | 95    | %      | ≥95%
			≤ 2909 元/月/人 | LE | 2909  | 元/月/人 | ≤2909元/月/人
			<=1.50 万元     | LE | 1.50  | 万元    | ≤1.50万元
			＞=3 次         | GE | 3     | 次      | ≥3次
			＜=17.0 4 万元  | LE | 17.04 | 万元    | ≤17.04万元
			≧90%           | GE | 90    | %      | ≥90%
			≦5 元/次        | LE | 5     | 元/次   | ≤5元/次
			＞5人           | GT | 5     | 人      | >5人
			＜5%           | LT | 5     | %      | <5%
			>1 批次         | GT | 1     | 批次    | >1批次
			<10 小时        | LT | 10    | 小时    | <10小时
			=3次           | EQ | 3     | 次      | =3次
			＝3 通          | EQ | 3     | 通      | =3通
			≥1,600 通       | GE | 1600  | 通      | ≥1600通
			2,523.70 万元   | NONE | 2523.70 | 万元 | 2523.70万元
			１００％         | NONE | 100  | %      | 100%
			100%           | NONE | 100   | %      | 100%
			≥18.01万亩      | GE | 18.01 | 万亩    | ≥18.01万亩
			=4734.80 平方米 | EQ | 4734.80 | 平方米 | =4734.80平方米
			不低于95%        | GE | 95    | %      | ≥95%
			不超过3万元       | LE | 3     | 万元    | ≤3万元
			95%以上         | GE | 95    | %      | ≥95%
			3个工作日以内     | LE | 3     | 个工作日  | ≤3个工作日
			""")
	void operatorsNumbersAndUnitsAreReadWhateverTheirSpelling(String text, Operator operator, String number,
			String unit, String normalized) {
		IndicatorValue value = IndicatorValue.parse(text);

		assertThat(value.kind()).isEqualTo(Kind.QUANTITATIVE);
		assertThat(value.operator()).isEqualTo(operator);
		assertThat(value.number()).isEqualByComparingTo(number);
		assertThat(value.unit()).isEqualTo(unit);
		assertThat(value.normalized()).isEqualTo(normalized);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024年1-12月", "2024年12月31日前", "1-12月", "2024 年 1-12 月", "2024年底前", "12月31日前",
			"6月底", "2024年1月-2024年12月", "2024-12-31", "2024年" })
	void datesAndPeriodsAreDates(String text) {
		IndicatorValue value = IndicatorValue.parse(text);

		assertThat(value.kind()).isEqualTo(Kind.DATE);
		assertThat(value.number()).isNull();
		assertThat(value.unit()).isEmpty();
	}

	@Test
	void aDateKeepsItsOperator() {
		IndicatorValue value = IndicatorValue.parse("≤2024年12月31日");

		assertThat(value.kind()).isEqualTo(Kind.DATE);
		assertThat(value.operator()).isEqualTo(Operator.LE);
		assertThat(value.normalized()).isEqualTo("≤2024年12月31日");
	}

	@Test
	void aNumberWithFourDigitsBeforeTheDecimalPointIsNoDate() {
		IndicatorValue value = IndicatorValue.parse("1307.84");

		assertThat(value.kind()).isEqualTo(Kind.QUANTITATIVE);
		assertThat(value.number()).isEqualByComparingTo("1307.84");
	}

	@ParameterizedTest
	@ValueSource(strings = { "有效提升", "有所提高", "长期", "减轻", "达成目标", "持续 推进", "无", "高于往年", "5个以上，确保完成" })
	void textIsQualitative(String text) {
		IndicatorValue value = IndicatorValue.parse(text);

		assertThat(value.kind()).isEqualTo(Kind.QUALITATIVE);
		assertThat(value.operator()).isEqualTo(Operator.NONE);
		assertThat(value.number()).isNull();
		assertThat(value.unit()).isEmpty();
		assertThat(value.isPlaceholder()).isFalse();
	}

	@Test
	void qualitativeTextIsNormalizedWithoutTheSpacesOfPdfConversion() {
		assertThat(IndicatorValue.parse("持续 推进").normalized()).isEqualTo("持续推进");
		assertThat(IndicatorValue.parse("持续 推进").text()).isEqualTo("持续 推进");
	}

	@Test
	void aComparisonSignBeforeTextIsKeptSoThatItCanBeReported() {
		IndicatorValue value = IndicatorValue.parse("≥有效提升");

		assertThat(value.kind()).isEqualTo(Kind.QUALITATIVE);
		assertThat(value.operator()).isEqualTo(Operator.GE);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\u3000", "\n" })
	void blankIsEmpty(String text) {
		IndicatorValue value = IndicatorValue.parse(text);

		assertThat(value.kind()).isEqualTo(Kind.EMPTY);
		assertThat(value.isPlaceholder()).isFalse();
		assertThat(value.text()).isEmpty();
		assertThat(value.normalized()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "*", "_", "-", "—", "/", " - ", "--", "——", "／", "＊" })
	void placeholdersSayNothing(String text) {
		IndicatorValue value = IndicatorValue.parse(text);

		assertThat(value.isPlaceholder()).isTrue();
		assertThat(value.kind()).isEqualTo(Kind.EMPTY);
		assertThat(value.number()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "≥", "=", "1.2.3", "95%-100%", "abc", "≥≥5", "99999999999999999999999999999999.5",
			"<b>≥95%</b>", "%", "万元", "1-", "-5", ")(", "2024年13月45日后的某天" })
	void invalidInputNeverThrows(String text) {
		assertThatNoException().isThrownBy(() -> {
			IndicatorValue value = IndicatorValue.parse(text);
			value.normalized();
		});
	}

	@Test
	void textThatCannotBeUnderstoodIsQualitative() {
		assertThat(IndicatorValue.parse("1.2.3").kind()).isEqualTo(Kind.QUALITATIVE);
		assertThat(IndicatorValue.parse("95%-100%").kind()).isEqualTo(Kind.QUALITATIVE);
		assertThat(IndicatorValue.parse("<b>≥95%</b>").kind()).isEqualTo(Kind.QUALITATIVE);
	}

	@Test
	void percentagesAreRecognized() {
		assertThat(IndicatorValue.parse("≥95 ％").isPercent()).isTrue();
		assertThat(IndicatorValue.parse("≥95").isPercent()).isFalse();
		assertThat(IndicatorValue.parse("有效提升").isPercent()).isFalse();
	}

	@Test
	void theNumberKeepsItsWrittenDecimals() {
		assertThat(IndicatorValue.parse("<=1.50 万元").number()).isEqualTo(new BigDecimal("1.50"));
	}

	@Test
	void valuesWithTheSameTextAreEqual() {
		assertThat(IndicatorValue.parse(" ≥95% ")).isEqualTo(IndicatorValue.parse("≥95%"))
			.hasSameHashCodeAs(IndicatorValue.parse("≥95%"));
		assertThat(IndicatorValue.parse(">=95%")).isNotEqualTo(IndicatorValue.parse("≥95%"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			资金使用合规率（%）         | %
			慰问困难残疾人标准(元/人)     | 元/人
			受益群众满意度 (%)          | %
			受益群众满意度（ ％ ）        | %
			“专网”租赁费(万元/年)        | 万元/年
			农村妇女“两癌”检查项目（人/次） | 人/次
			政府采购率                  | ''
			其他政府办公厅（室）及相关机构事务支出 | ''
			办公设备(含税，2024年)       | ''
			''                        | ''
			""")
	void theUnitOfANameIsInItsTrailingParentheses(String name, String unit) {
		assertThat(IndicatorValue.unitInName(name)).isEqualTo(unit);
	}

	@Test
	void aMissingNameHasNoUnit() {
		assertThat(IndicatorValue.unitInName(null)).isEmpty();
	}
}
