package io.jixiao.review;

/**
 * What the notifications need of a unit's document (a monitoring report, a self-evaluation): the table it is
 * written under, its name, and the unit and department whose accounts work on it.
 */
public record UnitDocument(long id, long tableId, String name, long unitId, long departmentId) {
}
