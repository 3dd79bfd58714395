package io.jixiao.targets;

import io.jixiao.organizations.Actor;

/**
 * A reviewer decided at {@code stage} (DEPT_REVIEW or FINANCE_REVIEW); the table is now at {@code status}. The grade
 * is null at the department; {@code drafterId} is who hears about the outcome.
 */
public record TableDecided(long tableId, int version, TableStatus stage, TableStatus status, Decision decision,
		Grade grade, String comment, Actor actor, String tableName, long drafterId) {
}
