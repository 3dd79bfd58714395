package io.jixiao.review;

import java.time.Instant;

/** One step of a table's timeline. */
public record StepView(long id, Instant at, String actor, String action, String stage, Integer version, String grade,
		String disclosure, String comment, String target) {

	static StepView of(ReviewEvent event) {
		return new StepView(event.getId(), event.getCreatedAt(), event.getActorName(), event.getAction().name(),
				event.getStage() == null ? null : event.getStage().name(), event.getVersionNumber(), event.getGrade(),
				event.getDisclosure(), event.getComment(), event.getTargetName());
	}
}
