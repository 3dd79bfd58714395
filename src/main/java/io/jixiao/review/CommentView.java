package io.jixiao.review;

import java.time.Instant;

/** A reviewer's comment on an indicator row, with the drafter's answer and 已修改 mark if given. */
public record CommentView(long id, int version, int row, String rowName, String comment, String author, Instant at,
		String answer, boolean fixed, String answeredBy) {

	static CommentView of(RowComment comment) {
		return new CommentView(comment.getId(), comment.getVersionNumber(), comment.getRowIndex(),
				comment.getRowName(), comment.getComment(), comment.getAuthorName(), comment.getCreatedAt(),
				comment.getAnswer(), comment.isFixed(), comment.getAnsweredBy());
	}
}
