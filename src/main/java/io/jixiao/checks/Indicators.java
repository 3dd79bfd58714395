package io.jixiao.checks;

import io.jixiao.checks.CheckInput.Row;

/** What the rules need to know about an indicator row beyond its cells. */
final class Indicators {

	private Indicators() {
	}

	static IndicatorValue value(Row row) {
		return IndicatorValue.parse(row.value());
	}

	static boolean hasName(Row row) {
		return !Texts.isBlank(row.name());
	}

	/** The name as the messages show it. */
	static String name(Row row) {
		return hasName(row) ? row.name().strip() : Texts.compact(row.level2());
	}

	/** 成本指标 at level 1 (current format, 运行成本 of unit tables) or level 2 (2020 format). */
	static boolean isCost(Row row) {
		return Texts.compact(row.level1()).contains("成本") || Texts.compact(row.level2()).contains("成本");
	}

	/** 满意度指标, or 服务对象满意度 of unit tables. */
	static boolean isSatisfaction(Row row) {
		return Texts.compact(row.level1()).contains("满意度");
	}

	/** The unit of a value: as written after the number, else from the name ({@code 受益群众满意度(%)}). */
	static String unit(Row row, IndicatorValue value) {
		return value.unit().isEmpty() ? IndicatorValue.unitInName(row.name()) : value.unit();
	}

	/** Whether a value is a percentage, written after the number or in the name. */
	static boolean isPercent(Row row, IndicatorValue value) {
		return value.kind() == IndicatorValue.Kind.QUANTITATIVE && "%".equals(unit(row, value));
	}
}
