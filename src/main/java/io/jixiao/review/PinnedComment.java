package io.jixiao.review;

import java.io.Serializable;

/**
 * A comment pinned to an indicator row (0-based index into the submitted version). Serializable: a refused one waits
 * in the session (a flash attribute) to be shown again.
 */
public record PinnedComment(int row, String comment) implements Serializable {
}
