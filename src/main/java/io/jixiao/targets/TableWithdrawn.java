package io.jixiao.targets;

import io.jixiao.organizations.Actor;

/** The drafter took a submission back from the review stage {@code stage}. */
public record TableWithdrawn(long tableId, int version, TableStatus stage, TableStatus status, Actor actor) {
}
