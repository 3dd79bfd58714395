package io.jixiao.targets;

import io.jixiao.organizations.Actor;

/** A draft's content was replaced; {@code version} is the table's row version after the save. */
public record TableUpdated(long tableId, long version, Actor actor, TableDiff changes) {
}
