package io.jixiao.system;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts in 万元 as the funds parts of the official tables hold them (年度资金总额 = 财政拨款 + 其他资金): two decimals,
 * never negative, and rates in percent. Shared by monitoring and self-evaluation, which fill the same rows.
 */
public final class Money {

	private static final BigDecimal MAX = new BigDecimal("999999999999");
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Money() {
	}

	/** An amount a user gave, to two decimals; null stays null, a negative or too large one is refused ({@code code}). */
	public static BigDecimal amount(BigDecimal value, String code) {
		if (value == null) {
			return null;
		}
		if (value.signum() < 0 || value.compareTo(MAX) > 0) {
			throw new InvalidInputException(code);
		}
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	/** The sum of the two sources, null while either is missing. */
	public static BigDecimal sum(BigDecimal fiscal, BigDecimal other) {
		return fiscal == null || other == null ? null : fiscal.add(other);
	}

	/** {@code part} of {@code whole} in percent, two decimals; null while either is missing or the whole is zero. */
	public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (part == null || whole == null || whole.signum() == 0) {
			return null;
		}
		return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
	}
}
