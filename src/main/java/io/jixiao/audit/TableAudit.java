package io.jixiao.audit;

import io.jixiao.imports.TableImported;
import io.jixiao.organizations.Actor;
import io.jixiao.review.RowCommented;
import io.jixiao.review.Stage;
import io.jixiao.review.TaskReassigned;
import io.jixiao.review.TaskReminded;
import io.jixiao.targets.TableAdjustmentCancelled;
import io.jixiao.targets.TableAdjustmentOpened;
import io.jixiao.targets.TableCopied;
import io.jixiao.targets.TableCreated;
import io.jixiao.targets.TableDecided;
import io.jixiao.targets.TableHandedOver;
import io.jixiao.targets.TablePublished;
import io.jixiao.targets.TableStatus;
import io.jixiao.targets.TableSubmitted;
import io.jixiao.targets.TableUpdated;
import io.jixiao.targets.TableWithdrawn;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Appends an audit event for every change of a table, in the changing transaction as it commits: the chain head is
 * locked last and briefly, and a change rolled back before leaves no event.
 */
@Component
class TableAudit {

	private final AuditTrail trail;

	TableAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableCreated e) {
		record(e.actor(), AuditAction.CREATE, e.tableId(), Map.of("kind", e.kind().name(), "year", e.year(),
				"projectName", Objects.toString(e.projectName(), ""), "indicators", e.indicators()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableCopied e) {
		record(e.actor(), AuditAction.COPY, e.tableId(), Map.of("from", e.fromId(), "year", e.year()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableUpdated e) {
		record(e.actor(), AuditAction.UPDATE, e.tableId(), Map.of("version", e.version(), "header",
				e.changes().header(), "added", e.changes().added(), "removed", e.changes().removed(), "changed",
				e.changes().changed()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableImported e) {
		record(e.actor(), AuditAction.IMPORT, e.tableId(), Map.of("line", e.line(), "budgetUnit",
				Objects.toString(e.budgetUnit(), ""), "indicators", e.indicators()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableSubmitted e) {
		step(e.actor(), AuditAction.SUBMIT, e.tableId(), e.version(), e.status(), e.status(), null, null, null, null);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableWithdrawn e) {
		step(e.actor(), AuditAction.WITHDRAW, e.tableId(), e.version(), e.stage(), e.status(), null, null, null,
				null);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableDecided e) {
		step(e.actor(), AuditAction.of(e.decision()), e.tableId(), e.version(), e.stage(), e.status(),
				e.grade() == null ? null : e.grade().label(), null, e.comment(), null);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableHandedOver e) {
		step(e.actor(), AuditAction.HANDOVER, e.tableId(), e.version(), e.status(), e.status(), null, null, null,
				e.toName());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TablePublished e) {
		step(e.actor(), AuditAction.PUBLISH, e.tableId(), e.version(), TableStatus.APPROVED, e.status(), null,
				e.disclosure().name(), e.reason(), null);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableAdjustmentOpened e) {
		record(e.actor(), AuditAction.ADJUST, e.tableId(), Map.of("adjustment", e.number(), "versionInForce",
				e.versionInForce(), "statusBefore", e.statusBefore().name(), "reason", e.reason()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TableAdjustmentCancelled e) {
		record(e.actor(), AuditAction.CANCEL_ADJUSTMENT, e.tableId(), Map.of("adjustment", e.number(), "version",
				e.version(), "stage", Stage.of(e.stage()).name(), "status", e.status().name()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(RowCommented e) {
		record(e.actor(), AuditAction.COMMENT, e.tableId(), Map.of("version", e.version(), "row", e.row(), "name",
				e.rowName(), "comment", e.comment()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TaskReminded e) {
		record(e.actor(), AuditAction.REMIND, e.tableId(), Map.of("stage", e.stage().name(), "notified",
				e.told().size()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TaskReassigned e) {
		record(e.actor(), AuditAction.REASSIGN, e.tableId(), Map.of("stage", e.stage().name(), "to", e.toName(),
				"from", e.fromAssignee()));
	}

	/** A step of review: the stage it was taken at (the status the table was in), the status it led to. */
	private void step(Actor actor, AuditAction action, long tableId, int version, TableStatus at, TableStatus status,
			String grade, String disclosure, String comment, String to) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("version", version);
		details.put("stage", Stage.of(at).name());
		details.put("status", status.name());
		details.put("grade", grade);
		details.put("disclosure", disclosure);
		details.put("comment", comment);
		details.put("to", to);
		details.values().removeIf(Objects::isNull);
		record(actor, action, tableId, details);
	}

	private void record(Actor actor, AuditAction action, long tableId, Map<String, ?> details) {
		trail.record(new AuditEntry(actor.id(), actor.displayName(), actor.organizationId(), action, tableId,
				details));
	}
}
