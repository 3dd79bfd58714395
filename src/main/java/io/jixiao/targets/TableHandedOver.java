package io.jixiao.targets;

import io.jixiao.organizations.Actor;

/** A reviewer handed the review task at {@code status} to a colleague (转办). */
public record TableHandedOver(long tableId, int version, TableStatus status, Actor actor, long toUserId,
		String toName, String tableName) {
}
