package io.jixiao.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jixiao.NoDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

@NoDatabase
class TableCheckerTest {

	private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

	private final TableChecker checker = new TableChecker(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/checks");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/** Checks a table and, for every test, that each finding reads as resolved Chinese text. */
	private List<Finding> check(TableBuilder table) {
		return check(table, table.ruleSet());
	}

	private List<Finding> check(TableBuilder table, RuleSet ruleSet) {
		List<Finding> findings = this.checker.check(table.build(), ruleSet);
		assertThat(findings).allSatisfy((finding) -> {
			assertThat(finding.rule()).matches("R(0[1-9]|1[01])");
			assertThat(finding.message()).containsPattern(CHINESE).doesNotContain("{", "}", "checks.");
			assertThat(finding.basis()).containsPattern(CHINESE).doesNotContain("{", "}", "checks.");
		});
		return findings;
	}

	private static List<Finding> of(List<Finding> findings, String rule) {
		return findings.stream().filter((finding) -> finding.rule().equals(rule)).toList();
	}

	private static List<Finding> errors(List<Finding> findings) {
		return findings.stream().filter((finding) -> finding.severity() == Severity.ERROR).toList();
	}

	@Nested
	class SeedTables {

		@Test
		void theApprovedCleaningSuppliesTableHasNoErrorOnlyFrameWeightWarnings() {
			List<Finding> findings = check(TableBuilder.cleaningSupplies());

			assertThat(errors(findings)).isEmpty();
			assertThat(findings).extracting(Finding::rule).containsOnly("R08");
			assertThat(findings).extracting(Finding::message)
				.containsExactly("产出指标（含成本指标）分值权重合计 60 分，与本年度规则集的框架权重 50 分不一致",
						"效益指标分值权重合计 20 分，与本年度规则集的框架权重 30 分不一致");
		}

		@Test
		void theCleaningSuppliesTableWithFundsThatDoNotAddUpHasAFundsError() {
			List<Finding> findings = check(TableBuilder.cleaningSupplies().funds("3", "2", "0"));

			assertThat(errors(findings)).singleElement().satisfies((finding) -> {
				assertThat(finding.rule()).isEqualTo("R02");
				assertThat(finding.message()).isEqualTo("年度资金总额 3.00 万元 ≠ 财政拨款 2.00 万元 + 其他资金 0.00 万元");
				assertThat(finding.indicator()).isNull();
			});
		}

		@Test
		void theCleaningSuppliesTableWithWeightsSummingTo80HasAWeightError() {
			List<Finding> findings = check(TableBuilder.cleaningSupplies().weight(0, "5").weight(2, "5"));

			assertThat(errors(findings)).singleElement().satisfies((finding) -> {
				assertThat(finding.rule()).isEqualTo("R08");
				assertThat(finding.message()).isEqualTo("分值权重合计 80 分，应为 90 分");
				assertThat(finding.basis()).contains("财预〔2020〕10号", "90 分");
			});
		}

		@Test
		void the2020TableOfTheMaternalHealthCentreHasNoFinding() {
			List<Finding> findings = check(TableBuilder.maternalHealth2020());

			assertThat(findings).isEmpty();
		}

		@Test
		void theUnitTableOfTheOfficeHasNoFinding() {
			assertThat(check(TableBuilder.officeUnit())).isEmpty();
		}
	}

	@Nested
	class Header {

		@Test
		void aCompleteHeaderPasses() {
			assertThat(of(check(TableBuilder.cleaningSupplies()), "R01")).isEmpty();
		}

		@Test
		void eachMissingFieldIsAnErrorNamingIt() {
			TableBuilder table = TableBuilder.cleaningSupplies().projectLead(" ").overallGoal(null);

			List<Finding> findings = of(check(table), "R01");

			assertThat(findings).extracting(Finding::message).containsExactly("未填写项目负责人", "未填写项目总体目标");
			assertThat(findings).allSatisfy((finding) -> {
				assertThat(finding.severity()).isEqualTo(Severity.ERROR);
				assertThat(finding.basis()).contains("财预〔2015〕88号");
			});
		}

		@Test
		void missingFundsAreAnError() {
			assertThat(of(check(TableBuilder.cleaningSupplies().funds("3", "3", null)), "R01"))
				.extracting(Finding::message)
				.containsExactly("未填写其他资金");
		}

		@Test
		void a2020TableNeedsNoProjectLead() {
			assertThat(of(check(TableBuilder.maternalHealth2020().projectLead(null)), "R01")).isEmpty();
		}

		@Test
		void aUnitTableWithoutPhoneIsAnError() {
			assertThat(of(check(TableBuilder.officeUnit().contactPhone("")), "R01")).extracting(Finding::message)
				.containsExactly("未填写联系电话");
		}
	}

	@Nested
	class Funds {

		@Test
		void fundsThatAddUpPass() {
			assertThat(of(check(TableBuilder.cleaningSupplies().funds("34.25", "30", "4.25")), "R02")).isEmpty();
		}

		@Test
		void fundsThatDoNotAddUpGiveAnError() {
			assertThat(of(check(TableBuilder.cleaningSupplies().funds("3", "2", "0")), "R02")).singleElement()
				.satisfies((finding) -> {
					assertThat(finding.severity()).isEqualTo(Severity.ERROR);
					assertThat(finding.basis()).contains("0.01 万元");
				});
		}

		@Test
		void aDifferenceWithinTheToleranceIsAccepted() {
			assertThat(of(check(TableBuilder.cleaningSupplies().funds("3.01", "3", "0")), "R02")).isEmpty();
		}

		@Test
		void theSeedTableWhoseTotalDisagreesWithItsFiscalFundsGivesAnError() {
			// Seed 004, line 549: 年度资金总额 52.24, 财政拨款 52, 其他资金 0.
			assertThat(of(check(TableBuilder.maternalHealth2020().funds("52.24", "52", "0")), "R02"))
				.extracting(Finding::message)
				.containsExactly("年度资金总额 52.24 万元 ≠ 财政拨款 52.00 万元 + 其他资金 0.00 万元");
		}

		@Test
		void aNegativeAmountIsAnError() {
			assertThat(of(check(TableBuilder.cleaningSupplies().funds("3", "4", "-1")), "R02"))
				.extracting(Finding::message)
				.containsExactly("其他资金不能为负数（-1.00 万元）");
		}

		@Test
		void unitFiscalFundsMustBeTheSumOfUpperAndLocal() {
			List<Finding> findings = of(
					check(TableBuilder.officeUnit().unitFunds("1307.84", "1307.84", "100", "1307.84", "0")), "R02");

			assertThat(findings).extracting(Finding::message)
				.containsExactly("财政拨款 1307.84 万元 ≠ 上级安排 100.00 万元 + 本级安排 1307.84 万元");
		}

		@Test
		void unitFundsWithoutFiscalTotalAreCheckedAgainstTheSources() {
			assertThat(of(check(TableBuilder.officeUnit().unitFunds("1307.84", null, "0", "1307.84", "0")), "R02"))
				.isEmpty();
			assertThat(of(check(TableBuilder.officeUnit().unitFunds("1400", null, "0", "1307.84", "0")), "R02"))
				.extracting(Finding::message)
				.containsExactly("年度资金总额 1400.00 万元 ≠ 财政拨款 1307.84 万元 + 其他资金 0.00 万元");
		}
	}

	@Nested
	class Frame {

		@Test
		void aTableWithEveryGroupOfItsFramePasses() {
			assertThat(of(check(TableBuilder.cleaningSupplies()), "R03")).isEmpty();
			assertThat(of(check(TableBuilder.maternalHealth2020()), "R03")).isEmpty();
		}

		@Test
		void aMissingLevel1GroupIsAnError() {
			assertThat(of(check(TableBuilder.cleaningSupplies().removeRows("成本指标")), "R03"))
				.singleElement()
				.satisfies((finding) -> {
					assertThat(finding.message()).isEqualTo("缺少一级指标「成本指标」");
					assertThat(finding.severity()).isEqualTo(Severity.ERROR);
					assertThat(finding.basis()).contains("财预〔2021〕101号");
				});
		}

		@Test
		void satisfactionMayBeLeftOutWhenMarkedNotApplicableWithAReason() {
			TableBuilder table = TableBuilder.cleaningSupplies()
				.removeRows("满意度指标")
				.satisfactionNotApplicable("项目为内部保障，无外部服务对象");

			assertThat(of(check(table), "R03")).isEmpty();
		}

		@Test
		void satisfactionMarkedNotApplicableWithoutAReasonIsAnError() {
			TableBuilder table = TableBuilder.cleaningSupplies().removeRows("满意度指标").satisfactionNotApplicable(" ");

			assertThat(of(check(table), "R03")).extracting(Finding::message)
				.containsExactly("满意度指标标记为不适用，但未说明理由");
		}

		@Test
		void aRowWithoutLevel1IsAnError() {
			assertThat(of(check(TableBuilder.cleaningSupplies().levels(0, " ", "数量指标")), "R03"))
				.extracting(Finding::message, Finding::indicator)
				.containsExactly(tuple("指标「购置低值易耗品次数」未填写一级指标", 0));
		}

		@Test
		void anEmptyRowIsAnError() {
			TableBuilder table = TableBuilder.cleaningSupplies().row("", " ", null, null);

			assertThat(of(check(table), "R03")).extracting(Finding::message, Finding::indicator)
				.containsExactly(tuple("空行：未填写一级指标、二级指标和三级指标", 8));
		}

		@Test
		void aLevel1OfTheOtherFormatIsUnknown() {
			assertThat(of(check(TableBuilder.cleaningSupplies().levels(0, "项目完成", "数量指标")), "R03"))
				.extracting(Finding::message, Finding::indicator)
				.containsExactly(tuple("一级指标「项目完成」不在指标框架内，应为：产出指标、成本指标、效益指标、满意度指标", 0));
		}

		@Test
		void aLevel2UnderAnotherLevel1IsAnError() {
			// Seed 002, line 509: 经济效益指标 written under 成本指标.
			assertThat(of(check(TableBuilder.cleaningSupplies().levels(5, "成本指标", "经济效益指标")), "R03"))
				.extracting(Finding::message)
				.containsExactly("二级指标「经济效益指标」不属于一级指标「成本指标」，应为：经济成本指标、社会成本指标、生态环境成本指标");
		}

		@Test
		void aLevel2WithoutLevel3IsAnError() {
			assertThat(of(check(TableBuilder.cleaningSupplies().name(6, " ")), "R03")).extracting(Finding::message)
				.containsExactly("二级指标「社会效益指标」下没有三级指标");
		}

		@Test
		void namesSplitByPdfConversionStillFitTheFrame() {
			// Seed 001, line 594: "满意度" and "指标" on separate lines.
			assertThat(of(check(TableBuilder.cleaningSupplies().levels(7, "满意度", "满意 度")), "R03")).isEmpty();
		}

		@Test
		void aUnitTableHasAFreeFrameButNeedsBothLevels() {
			assertThat(of(check(TableBuilder.officeUnit()), "R03")).isEmpty();
			assertThat(of(check(TableBuilder.officeUnit().levels(1, "履职效能", "")), "R03"))
				.extracting(Finding::message, Finding::indicator)
				.containsExactly(tuple("指标「承办会议次数」未填写二级指标", 1));
		}
	}

	@Nested
	class NamesAndValues {

		@Test
		void distinctNamesAndRealValuesPass() {
			assertThat(of(check(TableBuilder.cleaningSupplies()), "R04")).isEmpty();
		}

		@Test
		void aRepeatedNameIsAnErrorOnTheLaterRow() {
			// As in seed 002, line 470: 业务工作开展率 is both a 质量指标 and a 时效指标.
			assertThat(of(check(TableBuilder.cleaningSupplies().name(3, "低值易耗品 验收合格率")), "R04"))
				.singleElement()
				.satisfies((finding) -> {
					assertThat(finding.indicator()).isEqualTo(3);
					assertThat(finding.message()).isEqualTo("指标名称「低值易耗品 验收合格率」与第 2 行重复");
				});
		}

		@Test
		void placeholderAndBlankValuesAreErrors() {
			List<Finding> findings = of(check(TableBuilder.cleaningSupplies().value(0, "*").value(1, "-").value(2, "")),
					"R04");

			assertThat(findings).extracting(Finding::indicator).containsExactly(0, 1, 2);
			assertThat(findings.get(0).message()).isEqualTo("指标「购置低值易耗品次数」的指标值「*」是占位符，请填写实际目标值");
			assertThat(findings.get(2).message()).isEqualTo("指标「政府采购率」未填写指标值");
		}
	}

	@Nested
	class Units {

		@Test
		void aUnitAfterTheNumberOrInTheNamePasses() {
			assertThat(of(check(TableBuilder.cleaningSupplies()), "R05")).isEmpty();
			assertThat(of(check(TableBuilder.maternalHealth2020()), "R05")).isEmpty();
		}

		@Test
		void aNumberWithoutAnyUnitIsAnError() {
			assertThat(of(check(TableBuilder.cleaningSupplies().value(0, ">=2")), "R05")).singleElement()
				.satisfies((finding) -> {
					assertThat(finding.indicator()).isZero();
					assertThat(finding.severity()).isEqualTo(Severity.ERROR);
					assertThat(finding.message()).startsWith("定量指标「购置低值易耗品次数」的指标值「>=2」缺少计量单位");
				});
		}

		@Test
		void aComparisonSignWithoutANumberIsAnError() {
			assertThat(of(check(TableBuilder.cleaningSupplies().value(6, "≥有所提升")), "R05"))
				.extracting(Finding::message)
				.containsExactly("指标「提升营商环境」的指标值「≥有所提升」有比较符号但没有数值");
		}
	}

	@Nested
	class Plausibility {

		@Test
		void plausibleValuesPass() {
			assertThat(of(check(TableBuilder.cleaningSupplies().value(1, "≥100%")), "R06")).isEmpty();
		}

		@Test
		void aPercentageAbove100IsAWarning() {
			assertThat(of(check(TableBuilder.cleaningSupplies().value(1, "≥120%")), "R06")).singleElement()
				.satisfies((finding) -> {
					assertThat(finding.severity()).isEqualTo(Severity.WARNING);
					assertThat(finding.message()).isEqualTo("指标「低值易耗品验收合格率」的目标值「≥120%」超过 100%");
				});
		}

		@Test
		void aCostWithALowerBoundIsAWarning() {
			assertThat(of(check(TableBuilder.cleaningSupplies().value(5, ">=1.50 万元")), "R06"))
				.extracting(Finding::indicator)
				.containsExactly(5);
			// 2020 format: 成本指标 is a level 2 of 项目完成.
			assertThat(of(check(TableBuilder.maternalHealth2020().value(6, "＞46")), "R06")).extracting(Finding::message)
				.containsExactly("成本指标「开展工作所需经费(万元)」的目标值「＞46」是下限（≥ 或 >），成本指标一般应为控制上限（≤）");
		}

		@Test
		void aValueContradictingTheUnitInTheNameIsAWarning() {
			TableBuilder table = TableBuilder.maternalHealth2020().value(4, "12").value(6, "5元/次");

			assertThat(of(check(table), "R06")).extracting(Finding::indicator, Finding::message)
				.containsExactly(tuple(4, "指标「资金使用合规率（%）」的目标值「12」与名称中的单位「%」不一致"),
						tuple(6, "指标「开展工作所需经费(万元)」的目标值「5元/次」与名称中的单位「万元」不一致"));
		}

		@Test
		void aSatisfactionTargetBelowTheThresholdIsAWarning() {
			assertThat(of(check(TableBuilder.cleaningSupplies().value(7, "≥80%")), "R06")).singleElement()
				.satisfies((finding) -> {
					assertThat(finding.message()).isEqualTo("满意度指标「工作人员满意度」的目标值「≥80%」低于 85%");
					assertThat(finding.basis()).isEqualTo("本年度规则集：满意度指标目标值不低于 85%");
				});
		}
	}

	@Nested
	class CostTotal {

		@Test
		void costsWithinTheFundsPass() {
			assertThat(of(check(TableBuilder.cleaningSupplies()), "R07")).isEmpty();
		}

		@Test
		void costsAboveTheFundsAreAWarning() {
			TableBuilder table = TableBuilder.cleaningSupplies()
				.value(5, "<=2.50 万元")
				.row("成本指标", "经济成本指标", "运输费用", "≤10000 元", 0, "按照完成比例赋分", "原始凭证");

			assertThat(of(check(table), "R07")).singleElement().satisfies((finding) -> {
				assertThat(finding.severity()).isEqualTo(Severity.WARNING);
				assertThat(finding.message()).isEqualTo("成本指标合计 3.50 万元，超过年度资金总额 3.00 万元");
			});
		}

		@Test
		void unitCostsAreNotAddedUp() {
			// Seed 002, line 472: 节日慰问成本 ≤16700元/次 in a project of 30 万元.
			assertThat(of(check(TableBuilder.cleaningSupplies().value(5, "≤16700元/次")), "R07")).isEmpty();
		}
	}

	@Nested
	class Weights {

		@Test
		void weightsFollowingTheFramePass() {
			TableBuilder table = TableBuilder.cleaningSupplies().weight(5, "10").weight(6, "30");

			assertThat(of(check(table), "R08")).isEmpty();
		}

		@Test
		void frameWeightsThatDifferAreWarningsShowingActualAndFrame() {
			List<Finding> findings = of(check(TableBuilder.cleaningSupplies()), "R08");

			assertThat(findings).extracting(Finding::severity).containsOnly(Severity.WARNING);
			assertThat(findings.get(0).basis()).contains("产出（含成本）50 分、效益 30 分、满意度 10 分");
		}

		@Test
		void aMissingOrZeroWeightIsAnError() {
			TableBuilder table = TableBuilder.cleaningSupplies().weight(0, null).weight(1, "0").weight(5, "35");

			assertThat(errors(of(check(table), "R08"))).extracting(Finding::indicator, Finding::message)
				.containsExactly(tuple(0, "指标「购置低值易耗品次数」未填写分值权重"),
						tuple(1, "指标「低值易耗品验收合格率」的分值权重 0 应大于 0"));
		}

		@Test
		void a2020TableHasNoWeightsToCheck() {
			assertThat(of(check(TableBuilder.maternalHealth2020()), "R08")).isEmpty();
		}

		@Test
		void aUnitTableNeedsWeightsAddingUpButNoFrame() {
			assertThat(of(check(TableBuilder.officeUnit()), "R08")).isEmpty();
			assertThat(of(check(TableBuilder.officeUnit().weight(1, "20")), "R08")).extracting(Finding::message)
				.containsExactly("分值权重合计 80 分，应为 90 分");
		}
	}

	@Nested
	class ScoringRules {

		@Test
		void fittingScoringRulesPass() {
			TableBuilder table = TableBuilder.cleaningSupplies().scoringRule(6, "按照评判等级赋分").scoringRule(0, "直接赋分");

			assertThat(of(check(table), "R09")).isEmpty();
		}

		@Test
		void aQualitativeIndicatorScoredProportionallyIsAWarning() {
			// Seed 002, line 511: 有效保障 with 按照完成比例赋分.
			assertThat(of(check(TableBuilder.cleaningSupplies().scoringRule(6, "按照完成比例赋分")), "R09"))
				.extracting(Finding::message, Finding::severity)
				.containsExactly(tuple("定性指标「提升营商环境」的赋分规则宜为「按评判等级赋分」，现为「按照完成比例赋分」", Severity.WARNING));
		}

		@Test
		void aQuantitativeIndicatorScoredByGradesIsAWarning() {
			// Seed 001, line 727: 招商引资项目政策宣传 >=90% with 按评判等级赋分.
			assertThat(of(check(TableBuilder.cleaningSupplies().scoringRule(2, "按评判等级赋分")), "R09"))
				.extracting(Finding::indicator)
				.containsExactly(2);
		}

		@Test
		void aSatisfactionIndicatorNotScoredBySatisfactionIsAWarning() {
			assertThat(of(check(TableBuilder.cleaningSupplies().scoringRule(7, "按照完成比例赋分")), "R09"))
				.extracting(Finding::indicator)
				.containsExactly(7);
		}

		@Test
		void aMissingScoringRuleIsAWarning() {
			// Seed 001, line 690: the scoring rules of 协会会费及法律服务项目 are partly blank.
			assertThat(of(check(TableBuilder.cleaningSupplies().scoringRule(7, null)), "R09"))
				.extracting(Finding::message)
				.containsExactly("指标「工作人员满意度」未填写赋分规则");
		}

		@Test
		void a2020TableHasNoScoringRules() {
			assertThat(of(check(TableBuilder.maternalHealth2020()), "R09")).isEmpty();
		}
	}

	@Nested
	class QualitativeShare {

		@Test
		void aMostlyQuantifiedTablePasses() {
			assertThat(of(check(TableBuilder.cleaningSupplies()), "R10")).isEmpty();
		}

		@Test
		void tooManyQualitativeIndicatorsAreAWarning() {
			TableBuilder table = TableBuilder.cleaningSupplies().value(0, "按时完成").value(1, "合格").value(2, "规范");

			assertThat(of(check(table), "R10")).singleElement().satisfies((finding) -> {
				assertThat(finding.message()).isEqualTo("定性指标 4 个，占全部 8 个指标的 50%，超过本年度规则集的上限");
				assertThat(finding.basis()).endsWith("定性指标占比不超过 30%");
				assertThat(finding.indicator()).isNull();
			});
		}
	}

	@Nested
	class LastYear {

		@Test
		void aTargetAtOrAboveLastYearPasses() {
			// Seed 002, line 467: 节日慰问次数 =3次, last year 1次.
			assertThat(of(check(TableBuilder.cleaningSupplies().value(0, "=3次").lastYear(0, "1次")), "R11")).isEmpty();
		}

		@Test
		void aTargetBelowLastYearIsAWarning() {
			// Seed 002, line 468: 业务工作开展次数 =2次, last year 3次.
			assertThat(of(check(TableBuilder.cleaningSupplies().value(0, "=2次").lastYear(0, "3次")), "R11"))
				.singleElement()
				.satisfies((finding) -> {
					assertThat(finding.severity()).isEqualTo(Severity.WARNING);
					assertThat(finding.message()).startsWith("目标值低于上年完成值");
					assertThat(finding.indicator()).isZero();
				});
		}

		@Test
		void valuesInDifferentUnitsOrCostsAreNotCompared() {
			TableBuilder table = TableBuilder.cleaningSupplies()
				.value(0, ">=2批次")
				.lastYear(0, "3次")
				.value(5, "=1.50万元")
				.lastYear(5, "2万元")
				.lastYear(1, "-");

			assertThat(of(check(table), "R11")).isEmpty();
		}
	}

	@Test
	void errorsComeFirstThenFindingsByRow() {
		TableBuilder table = TableBuilder.cleaningSupplies()
			.value(7, "≥80%")
			.value(3, "-")
			.funds("3", "2", "0")
			.value(1, "≥120%")
			.value(0, "5");

		List<Finding> findings = check(table);

		assertThat(findings).extracting(Finding::severity, Finding::indicator)
			.containsExactly(tuple(Severity.ERROR, null),
					tuple(Severity.ERROR, 0),
					tuple(Severity.ERROR, 3),
					tuple(Severity.WARNING, null),
					tuple(Severity.WARNING, null),
					tuple(Severity.WARNING, 1),
					tuple(Severity.WARNING, 7));
	}

	@Test
	void aTableWithoutFormatIsReadInTheFormatOfItsRuleSet() {
		CheckInput input = TableBuilder.maternalHealth2020().build();
		CheckInput withoutFormat = new CheckInput(input.kind(), null, input.year(), input.budgetUnit(),
				input.projectName(), null, input.implementingUnit(), null, null, input.totalFunds(),
				input.fiscalFunds(), input.otherFunds(), null, null, input.overallGoal(), false, null, input.rows());

		assertThat(this.checker.check(withoutFormat, TableBuilder.ruleSet(TableFormat.Y2020))).isEmpty();
	}
}
