package io.jixiao.targets;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The adjustments of an approved table (绩效目标调整) as the aggregate keeps them; {@link TargetTable} decides when
 * they open and close. While one is open its progress is kept here, and the table's own status column keeps the
 * status in force, which the public pages (and their indexes) read.
 */
@MappedSuperclass
public abstract class AdjustableTable<T extends AdjustableTable<T>> extends TableRecord<T> {

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private TableStatus adjustmentStatus;
	private int adjustmentCount;
	// once an adjustment was approved: the first approved version and the reason of the version in force (调整后)
	private Integer originalVersion;
	private String adjustmentReason;

	@ElementCollection
	@CollectionTable(name = "table_adjustments", joinColumns = @JoinColumn(name = "table_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<TableAdjustment> adjustments = new ArrayList<>();

	/** Whether an adjustment is open (read from the table's row: no statement for its history). */
	public boolean isAdjusting() {
		return adjustmentStatus != null;
	}

	TableStatus adjustmentProgress() {
		return adjustmentStatus;
	}

	/** Opens the next adjustment, its proposal being edited; returns its number. */
	int startAdjustment(String reason, TableStatus statusBefore, int fromVersion, long actorId, Instant now) {
		adjustmentCount++;
		adjustments.add(new TableAdjustment(adjustmentCount, reason, statusBefore, fromVersion, actorId, now));
		adjustmentStatus = TableStatus.ADJUSTING;
		return adjustmentCount;
	}

	/** Moves the open adjustment's progress on; false when none is open. */
	boolean advanceAdjustment(TableStatus next) {
		if (adjustmentStatus == null) {
			return false;
		}
		adjustmentStatus = next;
		return true;
	}

	/** Ends the open adjustment; an approved one describes the version in force from now on. */
	TableAdjustment closeAdjustment(AdjustmentStatus outcome, Integer toVersion, Instant now) {
		TableAdjustment open = getAdjustment();
		open.close(outcome, toVersion, now);
		adjustmentStatus = null;
		if (outcome == AdjustmentStatus.APPROVED) {
			originalVersion = originalVersion != null ? originalVersion : open.getFromVersion();
			adjustmentReason = open.getReason();
		}
		return open;
	}

	/** How many adjustments were opened, as read with the table. */
	public int getAdjustmentCount() {
		return adjustmentCount;
	}

	/** The open adjustment, or null (its rows are read only when one is open). */
	public TableAdjustment getAdjustment() {
		return adjustmentStatus == null ? null : adjustments.get(adjustments.size() - 1);
	}

	/** Every adjustment, oldest first (read only when there was one). */
	public List<TableAdjustment> getAdjustments() {
		return adjustmentCount == 0 ? List.of() : List.copyOf(adjustments);
	}

	/** The first approved version, once an adjustment was approved (调整后); else null. */
	public Integer getOriginalVersion() {
		return originalVersion;
	}

	/** The reason of the adjustment that made the version in force, or null. */
	public String getAdjustmentReason() {
		return adjustmentReason;
	}
}
