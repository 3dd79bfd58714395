package io.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;

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

	/** Over-achievement by {@code threshold} percent or more loses {@code points}: the target was set too low. */
	record OverAchievement(boolean enabled, BigDecimal threshold, BigDecimal points, String basis) {
	}

	/** A low execution rate caps the total: below each rate, at most its cap (the lowest rate reached wins). */
	record ExecutionCaps(boolean enabled, List<Cap> caps, String basis) {

		ExecutionCaps {
			caps = caps.stream().sorted((a, b) -> a.below().compareTo(b.below())).toList();
		}

		/** Parses {@code 80:89;70:79}: below 80 % at most 89. */
		static List<Cap> parse(String text) {
			if (text == null || text.isBlank()) {
				return List.of();
			}
			return java.util.Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).map(s -> {
				String[] parts = s.split(":");
				return new Cap(new BigDecimal(parts[0].strip()), new BigDecimal(parts[1].strip()));
			}).toList();
		}
	}

	record Cap(BigDecimal below, BigDecimal atMost) {
	}
}
