package io.jixiao.targets;

import io.jixiao.system.InvalidInputException;
import java.util.Arrays;

/** Finance's grade of a table (优/良/中/差): it implies the decision, and all but 优 need a reason. */
public enum Grade {
	EXCELLENT("优", Decision.APPROVE), GOOD("良", Decision.APPROVE), FAIR("中", Decision.RETURN),
	POOR("差", Decision.REJECT);

	private final String label;
	private final Decision decision;

	Grade(String label, Decision decision) {
		this.label = label;
		this.decision = decision;
	}

	/** The grade as the forms, the API, the timeline and the audit trail write it. */
	public String label() {
		return label;
	}

	public Decision decision() {
		return decision;
	}

	/** 良 approves with reservations, and every grade that does not approve says why. */
	public boolean needsComment() {
		return this == GOOD || decision != Decision.APPROVE;
	}

	/** The grade of the given label (spaces aside); refused when it names none. */
	public static Grade of(String label) {
		String given = label == null ? "" : label.strip();
		return Arrays.stream(values()).filter(g -> g.label.equals(given)).findFirst()
			.orElseThrow(() -> new InvalidInputException("review.gradeUnknown", given));
	}
}
