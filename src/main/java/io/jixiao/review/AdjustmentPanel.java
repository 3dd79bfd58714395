package io.jixiao.review;

import io.jixiao.targets.TableAdjustment;
import io.jixiao.targets.TableDiff;
import java.util.List;

/**
 * The adjustment part of a table's page: whether this user may open or cancel one, the open one with the diff of its
 * proposal against the version in force ({@code diff}, null before its first submission), and every adjustment
 * ({@code withAttachment}: the numbers of those whose request has an attachment).
 */
public record AdjustmentPanel(boolean mayOpen, boolean mayCancel, TableAdjustment open, Integer versionInForce,
		TableDiff diff, List<TableAdjustment> history, List<Integer> withAttachment) {
}
