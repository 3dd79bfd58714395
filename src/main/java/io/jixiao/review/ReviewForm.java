package io.jixiao.review;

import io.jixiao.system.InvalidInputException;
import java.io.Serializable;
import io.jixiao.system.PlainText;
import io.jixiao.targets.Decision;
import io.jixiao.targets.Grade;

/**
 * A reviewer's decision as the review form or the API gives it: the decision (APPROVE, RETURN, REJECT), finance's
 * grade (优/良/中/差) and the comment, each possibly blank. Serializable: a refused one waits in the session (a flash
 * attribute) to be shown again.
 */
public record ReviewForm(String decision, String grade, String comment) implements Serializable {

	/** The column of review_events.comment_text. */
	static final int COMMENT_LENGTH = 2000;

	/** What the form decides, checked against the stage: the department approves or returns, finance grades. */
	Verdict verdict(Stage stage) {
		Decision decided = Decision.parse(decision);
		Grade graded = null;
		if (stage == Stage.DEPT_REVIEW) {
			if (!isBlank(grade)) {
				throw new InvalidInputException("review.gradeFinanceOnly");
			}
			if (decided == null || decided == Decision.REJECT) {
				throw new InvalidInputException("review.deptDecision");
			}
		}
		else {
			if (isBlank(grade)) {
				throw new InvalidInputException("review.gradeRequired");
			}
			graded = Grade.of(grade);
			if (decided != null && decided != graded.decision()) {
				throw new InvalidInputException("review.gradeMismatch", graded.label());
			}
			decided = graded.decision();
		}
		boolean needsComment = graded != null ? graded.needsComment() : decided != Decision.APPROVE;
		if (needsComment && isBlank(comment)) {
			throw new InvalidInputException("review.commentRequired");
		}
		String text = isBlank(comment) ? null : comment.strip();
		return new Verdict(decided, graded, PlainText.require("review.comment", text, COMMENT_LENGTH));
	}

	/** A checked decision: the grade is null at the department, the comment null when none was given. */
	record Verdict(Decision decision, Grade grade, String comment) {
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
