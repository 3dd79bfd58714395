package io.jixiao.review;

import io.jixiao.organizations.Actor;

/**
 * The administrator gave a task to another person ({@code fromAssignee}: the former holder's id, or empty when it
 * was offered to a group).
 */
public record TaskReassigned(long tableId, String tableName, Stage stage, long toUserId, String toName,
		String fromAssignee, Actor actor) {
}
