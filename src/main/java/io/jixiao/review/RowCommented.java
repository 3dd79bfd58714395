package io.jixiao.review;

import io.jixiao.organizations.Actor;

/** A reviewer commented on an indicator row ({@code row} counted from 1) of the version under review. */
public record RowCommented(long tableId, int version, int row, String rowName, String comment, Actor actor) {
}
