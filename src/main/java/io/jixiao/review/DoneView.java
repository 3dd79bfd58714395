package io.jixiao.review;

import io.jixiao.targets.TargetTable;
import java.time.Instant;

/** Something the user did (已办): on which table (a unit table by its unit's name) and which submitted version. */
public record DoneView(long tableId, String projectName, int year, String action, String stage, Integer version,
		String grade, String comment, Instant at, String status) {

	static DoneView of(ReviewEvent event, TargetTable table) {
		return new DoneView(table.getId(), table.displayName(), table.getYear(), event.getAction().name(),
				event.getStage() == null ? null : event.getStage().name(), event.getVersionNumber(), event.getGrade(),
				event.getComment(), event.getCreatedAt(), table.getStatus().name());
	}
}
