package io.jixiao.review;

import io.jixiao.organizations.Actor;
import java.time.Instant;
import java.util.List;

/** The administrator reminded the holder, or every candidate ({@code told}), of a task waiting at a stage. */
public record TaskReminded(long tableId, String tableName, Stage stage, Instant due, List<Long> told, Actor actor) {
}
