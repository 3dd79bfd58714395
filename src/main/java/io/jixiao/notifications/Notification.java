package io.jixiao.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message to one user, read or not. */
@Entity
@Table(name = "notifications")
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long userId;
	private Instant createdAt;
	private String kind;
	private Long tableId;
	private String message;
	private Instant readAt;

	protected Notification() {
	}

	Notification(long userId, Instant createdAt, String kind, Long tableId, String message) {
		this.userId = userId;
		this.createdAt = createdAt;
		this.kind = kind;
		this.tableId = tableId;
		this.message = message;
	}

	void markRead(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

	public Long getId() {
		return id;
	}

	long getUserId() {
		return userId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getKind() {
		return kind;
	}

	public Long getTableId() {
		return tableId;
	}

	public String getMessage() {
		return message;
	}

	public boolean isRead() {
		return readAt != null;
	}
}
