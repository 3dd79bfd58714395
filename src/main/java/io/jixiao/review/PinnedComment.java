package io.jixiao.review;

/** A comment pinned to an indicator row (0-based index into the submitted version). */
public record PinnedComment(int row, String comment) {
}
