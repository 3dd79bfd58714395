package io.jixiao.targets;

import io.jixiao.organizations.Actor;

/** The publication decision on the approved version: 公开, or 不予公开 with its reason. */
public record TablePublished(long tableId, int version, TableStatus status, Disclosure disclosure, String reason,
		Actor actor, String tableName, long drafterId) {
}
