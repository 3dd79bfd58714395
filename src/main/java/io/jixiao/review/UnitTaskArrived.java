package io.jixiao.review;

/** A unit's document arrived at a review task: whoever works on it may now take it. */
public record UnitTaskArrived(UnitTask task) {
}
