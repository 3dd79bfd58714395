package io.jixiao.imports;

import io.jixiao.organizations.Actor;

/** A table read from an import ({@code line}: where it starts in the source) was stored as a new draft. */
public record TableImported(long tableId, int line, String budgetUnit, int indicators, Actor actor) {
}
