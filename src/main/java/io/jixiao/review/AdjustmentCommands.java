package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.system.AttachedFile;
import io.jixiao.system.ConflictException;
import io.jixiao.system.DeadlockVictim;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.PlainText;
import io.jixiao.targets.TableAdjustment;
import io.jixiao.targets.TableAdjustments;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TableStatus;
import io.jixiao.targets.TargetTable;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.RuntimeService;
import org.flowable.task.api.Task;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and cancelling an adjustment of an approved table (processes/target-adjustment.bpmn20.xml). Submitting,
 * withdrawing, reviewing and publishing the proposal are the review's own commands ({@link ReviewCommands}): the
 * adjustment process has the same user tasks. As there, the table takes the transition and is written first, then the
 * process moves, in one transaction.
 */
@Service
@Transactional
@Retryable(predicate = DeadlockVictim.class, maxRetries = 3, delay = 20, jitter = 10, multiplier = 2)
public class AdjustmentCommands {

	private final TableService tables;
	private final TableAdjustments adjustments;
	private final RuntimeService runtime;
	private final EngineQueries engine;
	private final ProcessDefinitions definitions;
	private final AdjustmentAttachments attachments;
	private final Clock clock;

	AdjustmentCommands(TableService tables, TableAdjustments adjustments, RuntimeService runtime, EngineQueries engine,
			ProcessDefinitions definitions, AdjustmentAttachments attachments, Clock clock) {
		this.attachments = attachments;
		this.clock = clock;
		this.tables = tables;
		this.adjustments = adjustments;
		this.runtime = runtime;
		this.engine = engine;
		this.definitions = definitions;
	}

	/**
	 * The unit's lead opens an adjustment with its reason. An approved table's publication decision, still owed,
	 * passes from its review to the adjustment, which asks for it again however the adjustment ends.
	 */
	public TableAdjustment open(Account account, long tableId, String reason) {
		return open(account, tableId, reason, null);
	}

	/** As {@link #open(Account, long, String)}, with the request's attachment (none when null). */
	TableAdjustment open(Account account, long tableId, String reason, AttachedFile attachment) {
		String text = reason == null || reason.isBlank() ? null : reason.strip();
		if (text == null) {
			throw new InvalidInputException("adjustment.reasonRequired");
		}
		PlainText.require("adjustment.reason", text, ReviewCommands.REASON_LENGTH);
		TargetTable table = tables.head(account, tableId);
		ReviewAccess.requireDrafterUnit(account, table);
		// read before the table counts the adjustment: then it is still the review's (or an earlier adjustment's) task
		Optional<Task> owed = table.getStatus() == TableStatus.APPROVED ? engine.openTask(table) : Optional.empty();
		adjustments.open(account, table, text);
		owed.ifPresent(task -> runtime.deleteProcessInstance(task.getProcessInstanceId(), "adjustment opened"));
		runtime.createProcessInstanceBuilder()
			.processDefinitionId(definitions.latestId(Stage.ADJUSTMENT_PROCESS))
			.businessKey(String.valueOf(tableId))
			.variables(Map.of("tableId", tableId, "unitId", table.getUnitId(), "publicationOwed", owed.isPresent()))
			.start();
		if (attachment != null) {
			attachments.save(tableId, table.getAdjustment().getNumber(), attachment, account.id(), clock.instant());
		}
		return table.getAdjustment();
	}

	/**
	 * The unit's lead cancels the open adjustment before finance decided: the table is back at its status in force,
	 * waiting for the publication decision when that was still owed.
	 */
	public TargetTable cancel(Account account, long tableId) {
		TargetTable table = tables.head(account, tableId);
		ReviewAccess.requireDrafterUnit(account, table);
		TableAdjustment open = table.getAdjustment();
		if (open == null) {
			throw new ConflictException("adjustment.noneOpen");
		}
		Task task = engine.openTask(table).orElseThrow(() -> new ConflictException("adjustment.noneOpen"));
		adjustments.cancel(account, table);
		if (open.getStatusBefore() == TableStatus.APPROVED) {
			runtime.createChangeActivityStateBuilder()
				.processInstanceId(task.getProcessInstanceId())
				.moveActivityIdTo(task.getTaskDefinitionKey(), Stage.PUBLICATION.taskKey())
				.changeState();
		}
		else {
			runtime.deleteProcessInstance(task.getProcessInstanceId(), "adjustment cancelled");
		}
		return table;
	}
}
