package io.jixiao.imports;

import java.math.BigDecimal;

/** One level-3 indicator row as read from a source, with the source line it starts on. */
record ImportedRow(String level1, String level2, String name, String value, String basis, String lastYearValue,
		BigDecimal weight, String scoringRule, String evidence, int line) {

	/** The row without its position: what makes two rows the same row. */
	String content() {
		return String.join("\u001F", level1, level2, name, value, String.valueOf(basis), String.valueOf(lastYearValue),
				weight == null ? "" : weight.stripTrailingZeros().toPlainString(), String.valueOf(scoringRule),
				String.valueOf(evidence));
	}
}
