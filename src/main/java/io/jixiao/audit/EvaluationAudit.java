package io.jixiao.audit;

import io.jixiao.evaluation.EvaluationRulesChanged;
import io.jixiao.evaluation.EvaluationStep;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Appends an audit event, under the evaluation's table, for every step of a self-evaluation, and one for each scoring
 * rule set stored, with its figures before and after, as it commits.
 */
@Component
class EvaluationAudit {

	private final AuditTrail trail;

	EvaluationAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(EvaluationStep e) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("evaluation", e.evaluationId());
		details.put("evaluationRound", e.roundId());
		details.put("evaluationStatus", e.status().name());
		if (e.score() != null) {
			details.put("score", e.score().toPlainString());
		}
		if (e.text() != null) {
			details.put("text", e.text());
		}
		trail.record(new AuditEntry(e.actor().id(), e.actor().displayName(), e.actor().organizationId(),
				AuditAction.of(e.step()), e.tableId(), details));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(EvaluationRulesChanged e) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("year", e.year());
		details.put("before", e.before());
		details.put("after", e.after());
		trail.record(new AuditEntry(e.actor().id(), e.actor().displayName(), e.actor().organizationId(),
				AuditAction.EVALUATION_RULE, null, details));
	}
}
