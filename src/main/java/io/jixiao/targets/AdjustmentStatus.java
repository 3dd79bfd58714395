package io.jixiao.targets;

/** Where an adjustment stands: open until finance decides on it or its unit cancels it. */
public enum AdjustmentStatus {
	OPEN, APPROVED, REJECTED, CANCELLED
}
