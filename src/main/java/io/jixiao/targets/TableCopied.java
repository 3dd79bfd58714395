package io.jixiao.targets;

import io.jixiao.organizations.Actor;

/** A table was copied into a new draft of another year. */
public record TableCopied(long tableId, Actor actor, long fromId, int year) {
}
