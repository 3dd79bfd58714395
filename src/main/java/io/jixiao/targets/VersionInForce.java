package io.jixiao.targets;

import io.jixiao.checks.TableFormat;
import io.jixiao.checks.TableKind;

/**
 * The approved version of a table that is in force, with the table's unit and the organization above it: what a
 * later process (monitoring) binds to.
 */
public record VersionInForce(long tableId, long unitId, Long unitParentId, TableKind kind, TableFormat format,
		int version, TableContent content) {
}
