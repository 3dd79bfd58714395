package io.jixiao.review;

import java.time.Instant;

/** A reviewer's comment on an indicator row. */
public record CommentView(int version, int row, String rowName, String comment, String author, Instant at) {

	static CommentView of(RowComment comment) {
		return new CommentView(comment.getVersionNumber(), comment.getRowIndex(), comment.getRowName(),
				comment.getComment(), comment.getAuthorName(), comment.getCreatedAt());
	}
}
