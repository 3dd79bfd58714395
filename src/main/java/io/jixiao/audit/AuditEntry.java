package io.jixiao.audit;

import java.util.Map;

/**
 * What one audited action says: who (id and name, organization), what (an upper-case action code such as CREATE or
 * APPROVE), on which table if any, and details (field changes, grade, comment, ...). The actor id is null for the
 * system itself or an unknown user (a failed login).
 */
public record AuditEntry(Long actorId, String actorName, Long organizationId, AuditAction action, Long tableId,
		Map<String, ?> details) {

	public AuditEntry {
		details = details == null ? Map.of() : details;
	}
}
