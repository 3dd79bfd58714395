package io.jixiao.review;

import java.time.Instant;

/** A unit document's process reminded whoever works on its open task that it is due soon, or {@code overdue}. */
public record UnitTaskDue(UnitTask task, Instant due, boolean overdue) {
}
