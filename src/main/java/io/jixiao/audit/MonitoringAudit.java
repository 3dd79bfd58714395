package io.jixiao.audit;

import io.jixiao.monitoring.MonitoringRuleChanged;
import io.jixiao.monitoring.MonitoringStep;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Appends an audit event, under the report's table, for every step of a monitoring report, and one for each change of
 * a year's monitoring tolerance, as it commits.
 */
@Component
class MonitoringAudit {

	private final AuditTrail trail;

	MonitoringAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(MonitoringStep e) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("report", e.reportId());
		details.put("round", e.roundId());
		details.put("reportStatus", e.status().name());
		if (e.text() != null) {
			details.put("text", e.text());
		}
		trail.record(new AuditEntry(e.actor().id(), e.actor().displayName(), e.actor().organizationId(),
				AuditAction.of(e.step()), e.tableId(), details));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(MonitoringRuleChanged e) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("year", e.year());
		details.put("toleranceBefore", e.before());
		details.put("tolerance", e.after());
		trail.record(new AuditEntry(e.actor().id(), e.actor().displayName(), e.actor().organizationId(),
				AuditAction.MONITOR_RULE, null, details));
	}
}
