package io.jixiao.evaluation;

import io.jixiao.system.InvalidInputException;
import io.jixiao.system.PlainText;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring rules of one year (evaluation_rule_sets): grade boundaries, the bands of the qualitative levels and
 * of equality targets, and the named local rules each switchable with its basis.
 *
 * @param excellent lowest total of 优; {@code good} of 良, {@code fair} of 中 (below it 差)
 * @param achievedFloor lowest judged percent of 达成; {@code partialFloor} of 部分达成 (below it 未达成)
 * @param equalityBand how far (percent of the target) an equality target may be missed and still score
 */
record RuleSet(int year, BigDecimal excellent, BigDecimal good, BigDecimal fair, BigDecimal achievedFloor,
		BigDecimal partialFloor, BigDecimal equalityBand, OverAchievement overAchievement, ExecutionCaps executionCaps) {

	static final String OVER_ACHIEVEMENT = "overAchievement";
	static final String EXECUTION_CAP = "executionCap";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final BigDecimal MOST_OVER = BigDecimal.valueOf(1000);
	private static final int BASIS_LENGTH = 500;
	private static final int CAPS_LENGTH = 200;

	/**
	 * The rule set as an administrator may store it, or 422 naming what is wrong: the grade boundaries and the floors
	 * descend within 0–100, every figure has at most two decimals, a switched-on rule states its basis.
	 */
	RuleSet validated() {
		if (year < 2000 || year > 2100) {
			throw new InvalidInputException("evaluation.rules.invalid.year");
		}
		for (BigDecimal figure : List.of(excellent, good, fair, achievedFloor, partialFloor, equalityBand)) {
			percent(figure, HUNDRED);
		}
		if (excellent.compareTo(good) <= 0 || good.compareTo(fair) <= 0 || fair.signum() <= 0) {
			throw new InvalidInputException("evaluation.rules.invalid.grades");
		}
		if (achievedFloor.compareTo(partialFloor) <= 0 || partialFloor.signum() <= 0) {
			throw new InvalidInputException("evaluation.rules.invalid.levels");
		}
		percent(overAchievement.threshold(), MOST_OVER);
		percent(overAchievement.points(), HUNDRED);
		if (overAchievement.threshold().signum() <= 0) {
			throw new InvalidInputException("evaluation.rules.invalid.number");
		}
		for (Cap cap : executionCaps.caps()) {
			percent(cap.below(), HUNDRED);
			percent(cap.atMost(), HUNDRED);
		}
		basis(overAchievement.enabled(), overAchievement.basis());
		basis(executionCaps.enabled(), executionCaps.basis());
		return this;
	}

	private static String plain(BigDecimal figure) {
		return figure.stripTrailingZeros().toPlainString();
	}

	private static void percent(BigDecimal figure, BigDecimal most) {
		if (figure == null || figure.signum() < 0 || figure.compareTo(most) > 0
				|| figure.stripTrailingZeros().scale() > 2) {
			throw new InvalidInputException("evaluation.rules.invalid.number", most.toPlainString());
		}
	}

	private static void basis(boolean enabled, String basis) {
		if (enabled && (basis == null || basis.isBlank())) {
			throw new InvalidInputException("evaluation.rules.invalid.basis");
		}
		PlainText.require("evaluation.rules.basis", basis, BASIS_LENGTH);
	}

	/**
	 * The figures (as written, 90 for 90.00) and switches by name, as the audit trail records a change (「字段：旧 →
	 * 新」, only what differs).
	 */
	Map<String, Object> facts() {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("gradeExcellent", plain(excellent));
		facts.put("gradeGood", plain(good));
		facts.put("gradeFair", plain(fair));
		facts.put("achievedFloor", plain(achievedFloor));
		facts.put("partialFloor", plain(partialFloor));
		facts.put("equalityBand", plain(equalityBand));
		facts.put("overAchievementOn", overAchievement.enabled());
		facts.put("overAchievementThreshold", plain(overAchievement.threshold()));
		facts.put("overAchievementPoints", plain(overAchievement.points()));
		facts.put("overAchievementBasis", overAchievement.basis());
		facts.put("executionCapOn", executionCaps.enabled());
		facts.put("executionCaps", ExecutionCaps.format(executionCaps.caps()));
		facts.put("executionCapBasis", executionCaps.basis());
		return facts;
	}

	/** Over-achievement by {@code threshold} percent or more loses {@code points}: the target was set too low. */
	record OverAchievement(boolean enabled, BigDecimal threshold, BigDecimal points, String basis) {
	}

	/** A low execution rate caps the total: below each rate, at most its cap (the lowest rate reached wins). */
	record ExecutionCaps(boolean enabled, List<Cap> caps, String basis) {

		ExecutionCaps {
			caps = caps.stream().sorted((a, b) -> a.below().compareTo(b.below())).toList();
		}

		/** Parses {@code 80:89;70:79}: below 80 % at most 89; 422 when it does not read so. */
		static List<Cap> parse(String text) {
			if (text == null || text.isBlank()) {
				return List.of();
			}
			if (text.length() > CAPS_LENGTH) {
				throw new InvalidInputException("evaluation.rules.invalid.caps");
			}
			try {
				return java.util.Arrays.stream(text.replace('：', ':').replace('；', ';').split(";")).map(String::strip)
					.filter(s -> !s.isEmpty()).map(s -> {
						String[] parts = s.split(":");
						if (parts.length != 2) {
							throw new NumberFormatException(s);
						}
						return new Cap(new BigDecimal(parts[0].strip()), new BigDecimal(parts[1].strip()));
					}).toList();
			}
			catch (NumberFormatException e) {
				throw new InvalidInputException("evaluation.rules.invalid.caps");
			}
		}

		/** The caps as {@link #parse} reads them, lowest rate first. */
		static String format(List<Cap> caps) {
			return caps.stream().map(c -> plain(c.below()) + ":" + plain(c.atMost()))
				.collect(java.util.stream.Collectors.joining(";"));
		}
	}

	record Cap(BigDecimal below, BigDecimal atMost) {
	}
}
