package io.jixiao.targets;

/** A table's id and status, without its content: what a check over every table needs. */
public record TableState(long id, TableStatus status) {
}
