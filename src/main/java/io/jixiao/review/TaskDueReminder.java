package io.jixiao.review;

import java.time.Instant;
import java.util.List;

/**
 * The process reminded the holder, or every candidate ({@code told}), of a review task: before it is due, or
 * {@code overdue} once it is.
 */
public record TaskDueReminder(long tableId, String tableName, Stage stage, Instant due, List<Long> told,
		boolean overdue) {
}
