package io.jixiao.review;

import io.jixiao.targets.TableDiff;
import java.util.List;

/** The review part of a table's page. */
public record ReviewPanel(List<StepView> steps, TaskView task, Stage stage, boolean mayReview, boolean mayPublish,
		boolean maySubmit, boolean mayWithdraw, TableDiff diff,
		List<CommentView> comments) {

	public boolean financeStage() {
		return stage == Stage.FINANCE_REVIEW;
	}
}
