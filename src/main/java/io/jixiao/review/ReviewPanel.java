package io.jixiao.review;

import io.jixiao.targets.TableDiff;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The review part of a table's page. {@code returned} is the decision that sent a returned table back (null
 * otherwise); {@code comments} are the row comments of the round still open, {@code pastComments} those of rounds
 * closed by finance's approval or rejection (history only); the drafter may answer the comments of version
 * {@code answerable} (0: none), the version that was returned.
 */
public record ReviewPanel(List<StepView> steps, TaskView task, Stage stage, boolean mayReview, boolean mayPublish,
		boolean maySubmit, boolean mayWithdraw, TableDiff diff,
		List<CommentView> comments, StepView returned, List<CommentView> pastComments, int answerable) {

	/** The open round's comments by row (0-based), for the rows the page highlights. */
	public Map<Integer, List<String>> commentsByRow() {
		return comments.stream().collect(Collectors.groupingBy(CommentView::row, TreeMap::new,
				Collectors.mapping(CommentView::comment, Collectors.toList())));
	}

	public boolean financeStage() {
		return stage == Stage.FINANCE_REVIEW;
	}
}
