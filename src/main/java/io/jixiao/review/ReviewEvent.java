package io.jixiao.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step of a table's review: who did what at which stage, with grade and comment. Never changed. */
@Entity
@Immutable
@Table(name = "review_events")
class ReviewEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long tableId;
	private Integer versionNumber;
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Stage stage;
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private ReviewAction action;
	private String grade;
	private String disclosure;
	@Column(name = "comment_text")
	private String comment;
	private long actorId;
	private String actorName;
	private Long targetId;
	private String targetName;
	private Instant createdAt;

	protected ReviewEvent() {
	}

	ReviewEvent(long tableId, Integer versionNumber, Stage stage, ReviewAction action, String grade,
			String disclosure, String comment, long actorId, String actorName, Long targetId, String targetName, Instant createdAt) {
		this.tableId = tableId;
		this.versionNumber = versionNumber;
		this.stage = stage;
		this.action = action;
		this.grade = grade;
		this.disclosure = disclosure;
		this.comment = comment;
		this.actorId = actorId;
		this.actorName = actorName;
		this.targetId = targetId;
		this.targetName = targetName;
		this.createdAt = createdAt;
	}

	Long getId() {
		return id;
	}

	long getTableId() {
		return tableId;
	}

	Integer getVersionNumber() {
		return versionNumber;
	}

	Stage getStage() {
		return stage;
	}

	ReviewAction getAction() {
		return action;
	}

	String getGrade() {
		return grade;
	}

	String getDisclosure() {
		return disclosure;
	}

	String getComment() {
		return comment;
	}

	long getActorId() {
		return actorId;
	}

	String getActorName() {
		return actorName;
	}

	String getTargetName() {
		return targetName;
	}

	Instant getCreatedAt() {
		return createdAt;
	}
}
