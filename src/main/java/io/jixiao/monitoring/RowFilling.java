package io.jixiao.monitoring;

import io.jixiao.system.InvalidInputException;
import io.jixiao.system.PlainText;
import java.util.List;
import java.util.Set;

/** What the unit reports on one indicator, checked against the fixed vocabularies and the column lengths. */
public record RowFilling(String actualToDate, String expectedFullYear, List<String> deviationReasons, String likelihood,
		String explanation, String measures) {

	static final List<String> REASONS = List.of("经费保障", "制度保障", "人员保障", "硬件条件保障", "其他");
	static final String CERTAIN = "确定能";
	static final List<String> LIKELIHOODS = List.of(CERTAIN, "有可能", "完全不可能");

	public RowFilling {
		actualToDate = text("monitoring.actualToDate", actualToDate, 300);
		expectedFullYear = text("monitoring.expectedFullYear", expectedFullYear, 300);
		deviationReasons = deviationReasons == null ? List.of() : List.copyOf(Set.copyOf(deviationReasons)).stream()
			.sorted((a, b) -> REASONS.indexOf(a) - REASONS.indexOf(b)).toList();
		if (!REASONS.containsAll(deviationReasons)) {
			throw new InvalidInputException("monitoring.reasonUnknown");
		}
		likelihood = blankToNull(likelihood);
		if (likelihood != null && !LIKELIHOODS.contains(likelihood)) {
			throw new InvalidInputException("monitoring.likelihoodUnknown");
		}
		explanation = text("monitoring.explanation", explanation, 1000);
		measures = text("monitoring.measures", measures, 1000);
	}

	static String text(String field, String value, int length) {
		String stripped = blankToNull(value);
		return stripped == null ? null : PlainText.require(field, stripped, length);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
