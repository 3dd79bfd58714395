package io.jixiao.targets;

import io.jixiao.organizations.Actor;

/**
 * The unit's lead opened adjustment {@code number} of a table whose version {@code versionInForce} stays in force
 * meanwhile; {@code statusBefore} is APPROVED or PUBLISHED.
 */
public record TableAdjustmentOpened(long tableId, int number, String reason, int versionInForce,
		TableStatus statusBefore, Actor actor, String tableName) {
}
