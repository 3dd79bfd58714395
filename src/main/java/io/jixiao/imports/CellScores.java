package io.jixiao.imports;

import io.jixiao.checks.IndicatorValue;

/**
 * How well a piece of text fits a column: positive when it reads like what the column holds, {@link #NEVER} when it
 * cannot be. Row alignment adds these up, so that rows shifted by the conversion still land in the right columns.
 */
final class CellScores {

	static final double NEVER = Double.NEGATIVE_INFINITY;

	/** Leaving a cell out of every column: it is reported, never silently lost. */
	static final double DROP = -6;

	private CellScores() {
	}

	static double score(Role role, String text, TableLayout layout) {
		String key = ImportTexts.key(text);
		if (key.isEmpty()) {
			return NEVER;
		}
		return switch (role) {
			case LABEL -> "绩效指标".equals(key) ? 2 : NEVER;
			case LEVEL1 -> level1(key, layout);
			case LEVEL2 -> level2(key, layout);
			case NAME -> name(key, text);
			case OPERATOR -> Vocabulary.isOperator(key) ? 4 : NEVER;
			case VALUE -> value(key, text);
			case UNIT -> key.length() <= 6 && !key.matches(".*\\d.*") && !Vocabulary.isTerm(key) ? 1 : NEVER;
			case BASIS -> basis(key);
			case LAST_YEAR -> lastYear(key, text);
			case WEIGHT -> ImportTexts.weight(key) != null ? 4 : NEVER;
			case SCORING -> Vocabulary.isScoring(key) ? 6 : NEVER;
			case EVIDENCE -> Vocabulary.isEvidence(text) ? 6 : Vocabulary.looksLikeEvidence(key) ? 3 : NEVER;
			case OTHER -> 0;
		};
	}

	private static double level1(String key, TableLayout layout) {
		if (Vocabulary.isLevel1(key, layout)) {
			return 8;
		}
		if (Vocabulary.isLevel2(key, layout) || Vocabulary.LEVEL2.contains(key)) {
			return NEVER;
		}
		return Vocabulary.looksLikeLevel1(key) && layout.flavour() == TableLayout.Flavour.UNIT ? 2 : NEVER;
	}

	private static double level2(String key, TableLayout layout) {
		if (Vocabulary.isLevel2(key, layout)) {
			return 8;
		}
		if (Vocabulary.isLevel1(key, layout)) {
			return NEVER;
		}
		return Vocabulary.looksLikeLevel(key) ? 3 : NEVER;
	}

	private static double name(String key, String text) {
		if (Vocabulary.isTerm(key)) {
			return -6;
		}
		if (Vocabulary.looksLikeLevel(key)) {
			return -4;
		}
		IndicatorValue value = IndicatorValue.parse(text);
		if (value.operator() != IndicatorValue.Operator.NONE || key.matches("^(?:>=|<=|≥|≤|>|<|=).*")) {
			return -6;
		}
		if (key.matches(".*(?:>=|<=|≥|≤|>|<|=)$")) {
			// the operator of the value, cut off onto the name's line
			return -4;
		}
		if (ImportTexts.amount(key) != null || value.isPlaceholder()) {
			return -5;
		}
		if (value.kind() == IndicatorValue.Kind.DATE) {
			return -3;
		}
		return key.length() == 1 ? -1 : 1;
	}

	private static double value(String key, String text) {
		IndicatorValue value = IndicatorValue.parse(text);
		switch (value.kind()) {
			case QUANTITATIVE -> {
				if (value.unit().length() > 6) {
					// "2024年度工作计划" is text that starts with a number, not a quantity
					return -0.5;
				}
				if (value.operator() != IndicatorValue.Operator.NONE) {
					// a unit completes a value: "＞=500 份" rather than "＞=500" and a basis starting with 份
					return value.unit().isEmpty() ? 5 : 6;
				}
				return value.unit().isEmpty() ? 2.5 : 4;
			}
			case DATE -> {
				return 4;
			}
			case EMPTY -> {
				return -1;
			}
			default -> {
				// qualitative text
			}
		}
		String rest = key.replaceFirst("^(?:>=|<=|=>|=<|≥|≤|>|<|=)", "");
		if (Vocabulary.isQualitative(rest)) {
			return rest.length() == key.length() ? 3 : 2;
		}
		if (rest.isEmpty()) {
			return 0.5;
		}
		if (Vocabulary.isTerm(key)) {
			return NEVER;
		}
		return key.length() <= 12 ? -0.5 : -2;
	}

	private static double basis(String key) {
		if (Vocabulary.isBasis(key)) {
			return 6;
		}
		if (Vocabulary.isTerm(key)) {
			return NEVER;
		}
		if (key.matches(".*(计划|标准|文件|规定|依据|方案|要求|政策|制度|预算|规划|办法).*")) {
			return 2;
		}
		return Vocabulary.isQuantity(key) ? NEVER : -2;
	}

	private static double lastYear(String key, String text) {
		if (key.matches("[-—–―/无]+|0")) {
			return 3;
		}
		if (Vocabulary.isQuantity(text)) {
			return 2;
		}
		if (Vocabulary.isTerm(key)) {
			return NEVER;
		}
		return key.length() <= 6 ? 0.5 : -2;
	}
}
