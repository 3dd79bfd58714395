package io.jixiao.targets;

import io.jixiao.organizations.Actor;

/**
 * The unit's lead cancelled adjustment {@code number} before a decision, at {@code stage} (the status the proposal was
 * in); the table is back at {@code status}, its version in force unchanged.
 */
public record TableAdjustmentCancelled(long tableId, int number, int version, TableStatus stage, TableStatus status,
		Actor actor, String tableName) {
}
