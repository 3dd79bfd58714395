package io.jixiao.targets;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One adjustment of an approved table (绩效目标调整): why, from which version in force, and how it ended. Part of the
 * table's aggregate, which alone changes it.
 */
@Embeddable
public class TableAdjustment {

	@Column(name = "adjustment_number")
	private int number;
	private String reason;
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private AdjustmentStatus status;
	/** The table's status when the adjustment opened (APPROVED or PUBLISHED): where cancel and 差 lead back to. */
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private TableStatus statusBefore;
	private int fromVersion;
	private Integer toVersion;
	private long openedBy;
	private Instant openedAt;
	private Instant decidedAt;

	protected TableAdjustment() {
	}

	TableAdjustment(int number, String reason, TableStatus statusBefore, int fromVersion, long openedBy,
			Instant openedAt) {
		this.number = number;
		this.reason = reason;
		this.status = AdjustmentStatus.OPEN;
		this.statusBefore = statusBefore;
		this.fromVersion = fromVersion;
		this.openedBy = openedBy;
		this.openedAt = openedAt;
	}

	void close(AdjustmentStatus outcome, Integer toVersion, Instant at) {
		this.status = outcome;
		this.toVersion = toVersion;
		this.decidedAt = at;
	}

	public int getNumber() {
		return number;
	}

	public String getReason() {
		return reason;
	}

	public AdjustmentStatus getStatus() {
		return status;
	}

	public TableStatus getStatusBefore() {
		return statusBefore;
	}

	public int getFromVersion() {
		return fromVersion;
	}

	/** The version the adjustment made the version in force; null unless approved. */
	public Integer getToVersion() {
		return toVersion;
	}

	public long getOpenedBy() {
		return openedBy;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}
}
