package io.jixiao.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Reading cells and writing numbers into messages, the same way in every rule. */
final class Texts {

	private Texts() {
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** The text without any white space: PDF conversion splits cells ("满意 度指标"). */
	static String compact(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints()
			.filter((c) -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
			.forEach(out::appendCodePoint);
		return out.toString();
	}

	/** An amount in 万元 as the tables show it: two decimals. */
	static String money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** A weight or a percentage without trailing zeros: 90, 7.5. */
	static String points(BigDecimal points) {
		return points.stripTrailingZeros().toPlainString();
	}

	static BigDecimal orZero(BigDecimal amount) {
		return (amount != null) ? amount : BigDecimal.ZERO;
	}
}
