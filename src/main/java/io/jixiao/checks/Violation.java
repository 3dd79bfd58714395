package io.jixiao.checks;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A finding before its text is resolved: message and basis are bundle codes with arguments. An argument may be a
 * {@link MessageSourceResolvable} (a field or group label), resolved in turn.
 */
record Violation(String rule, Severity severity, Integer indicator, String code, List<Object> args, String basis,
		List<Object> basisArgs) {

	static Violation error(String rule, Integer indicator, String code, Object... args) {
		return new Violation(rule, Severity.ERROR, indicator, code, List.of(args), defaultBasis(rule), List.of());
	}

	static Violation warning(String rule, Integer indicator, String code, Object... args) {
		return new Violation(rule, Severity.WARNING, indicator, code, List.of(args), defaultBasis(rule), List.of());
	}

	/** The same violation resting on another basis than the rule's default {@code checks.Rxx.basis}. */
	Violation basedOn(String basisCode, Object... args) {
		return new Violation(this.rule, this.severity, this.indicator, this.code, this.args, basisCode, List.of(args));
	}

	/** An argument shown as the text of a bundle code, such as a field name. */
	static MessageSourceResolvable label(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, null, null);
	}

	private static String defaultBasis(String rule) {
		return "checks." + rule + ".basis";
	}
}
