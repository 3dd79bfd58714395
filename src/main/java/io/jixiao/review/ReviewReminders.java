package io.jixiao.review;

import io.jixiao.targets.TableService;
import io.jixiao.targets.TargetTable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The BPMN's reminder step ({@code ${reviewReminders}}), reached daily from the review's timer in the job's own
 * transaction: on the days {@link ReviewTasks#reminderOn} names, tells the open review task's holder, or its
 * candidates, that it is due soon or overdue (an event; the notifications module writes them). A table back with
 * its drafter gets none.
 */
@Component("reviewReminders")
class ReviewReminders implements JavaDelegate {

	private final EngineQueries engine;
	private final TableService tables;
	private final ReviewAccess access;
	private final ApplicationEventPublisher publisher;
	private final ReviewTasks rule;
	private final Clock clock;

	ReviewReminders(EngineQueries engine, TableService tables, ReviewAccess access, ApplicationEventPublisher publisher,
			ReviewTasks rule, Clock clock) {
		this.rule = rule;
		this.engine = engine;
		this.tables = tables;
		this.access = access;
		this.publisher = publisher;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long tableId = ((Number) execution.getVariable("tableId")).longValue();
		TargetTable table = tables.system(tableId);
		Task task = engine.openTask(table).filter(t -> Stage.ofTask(t.getTaskDefinitionKey()).isReview())
			.orElse(null);
		if (task == null || task.getDueDate() == null) {
			return;
		}
		Instant due = task.getDueDate().toInstant();
		Optional<Boolean> overdue = rule.reminderOn(LocalDate.ofInstant(due, rule.zone()),
				LocalDate.ofInstant(clock.instant(), rule.zone()));
		if (overdue.isEmpty()) {
			return;
		}
		List<Long> told = task.getAssignee() != null ? List.of(Long.parseLong(task.getAssignee()))
				: access.candidates(table, task);
		publisher.publishEvent(new TaskDueReminder(tableId, table.displayName(), Stage.ofTask(task.getTaskDefinitionKey()),
				due, told, overdue.get()));
	}
}
