package io.jixiao.targets;

import io.jixiao.system.InvalidInputException;

/** A reviewer's decision on a submitted table. */
public enum Decision {
	APPROVE, RETURN, REJECT;

	/** The decision as the form or the API names it (case and spaces aside), or null when none was given. */
	public static Decision parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return valueOf(text.strip().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("review.decisionUnknown", text);
		}
	}
}
