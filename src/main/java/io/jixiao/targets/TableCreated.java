package io.jixiao.targets;

import io.jixiao.checks.TableKind;
import io.jixiao.organizations.Actor;

/** A new draft was stored. */
public record TableCreated(long tableId, Actor actor, TableKind kind, int year, String projectName, int indicators) {
}
