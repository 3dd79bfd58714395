package io.jixiao.targets;

import io.jixiao.organizations.Actor;

/**
 * A draft or returned table went to its first review stage ({@code status}): reviewed first by the department
 * {@code departmentId}, or by finance when that is null.
 */
public record TableSubmitted(long tableId, int version, TableStatus status, Actor actor, String tableName,
		Long departmentId) {
}
