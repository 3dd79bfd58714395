package io.jixiao.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reviewer's comment pinned to one indicator row of a submitted version, and the drafter's answer to it (with
 * whether the row was fixed, 已修改) while the table is back with the drafter. The comment itself never changes.
 */
@Entity
@Table(name = "row_comments")
class RowComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long tableId;
	private int versionNumber;
	private int rowIndex;
	private String rowName;
	@Column(name = "comment_text")
	private String comment;
	private long authorId;
	private String authorName;
	private Instant createdAt;
	@Column(name = "answer_text")
	private String answer;
	private boolean fixed;
	private String answeredBy;
	private Instant answeredAt;

	protected RowComment() {
	}

	RowComment(long tableId, int versionNumber, int rowIndex, String rowName, String comment, long authorId,
			String authorName, Instant createdAt) {
		this.tableId = tableId;
		this.versionNumber = versionNumber;
		this.rowIndex = rowIndex;
		this.rowName = rowName;
		this.comment = comment;
		this.authorId = authorId;
		this.authorName = authorName;
		this.createdAt = createdAt;
	}

	void answer(String text, boolean fixed, String by, Instant at) {
		this.answer = text;
		this.fixed = fixed;
		this.answeredBy = by;
		this.answeredAt = at;
	}

	Long getId() {
		return id;
	}

	long getTableId() {
		return tableId;
	}

	String getAnswer() {
		return answer;
	}

	boolean isFixed() {
		return fixed;
	}

	String getAnsweredBy() {
		return answeredBy;
	}

	int getVersionNumber() {
		return versionNumber;
	}

	int getRowIndex() {
		return rowIndex;
	}

	String getRowName() {
		return rowName;
	}

	String getComment() {
		return comment;
	}

	String getAuthorName() {
		return authorName;
	}

	Instant getCreatedAt() {
		return createdAt;
	}
}
