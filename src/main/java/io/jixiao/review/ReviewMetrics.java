package io.jixiao.review;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.flowable.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Workflow figures for Prometheus: submissions, decisions by stage and outcome, publication decisions, and the
 * open and overdue tasks (read from the engine when scraped, so every node reports the same numbers).
 */
@Component
class ReviewMetrics {

	private final MeterRegistry registry;

	ReviewMetrics(MeterRegistry registry, TaskService tasks, Clock clock) {
		this.registry = registry;
		List<String> processes = Stage.KEYS;
		Gauge.builder("jixiao.review.tasks.open",
				() -> tasks.createTaskQuery().processDefinitionKeyIn(processes).active().count())
			.description("Open review tasks").register(registry);
		Gauge.builder("jixiao.review.tasks.overdue", () -> tasks.createTaskQuery().processDefinitionKeyIn(processes)
			.active().taskDueBefore(Date.from(clock.instant())).count())
			.description("Open review tasks past their due date").register(registry);
	}

	void counted(ReviewAction action, Stage stage, String outcome) {
		Counter.builder("jixiao.review.actions")
			.description("Review steps taken")
			.tag("action", action.name())
			.tag("stage", stage == null ? "none" : stage.name())
			.tag("outcome", outcome == null ? "none" : outcome)
			.register(registry)
			.increment();
	}
}
