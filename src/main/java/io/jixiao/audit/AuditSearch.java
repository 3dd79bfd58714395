package io.jixiao.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.data.jpa.domain.Specification;

/** The administrator's filter on the audit trail: user name, table, action and a date range (inclusive). */
record AuditSearch(String actor, Long tableId, String action, LocalDate from, LocalDate to) {

	Specification<AuditEvent> specification(ZoneId zone) {
		Specification<AuditEvent> spec = (root, query, cb) -> cb.conjunction();
		if (actor != null && !actor.isBlank()) {
			spec = spec.and((root, query, cb) -> cb.like(root.get("actorName"), "%" + actor.strip() + "%"));
		}
		if (tableId != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("tableId"), tableId));
		}
		if (action != null && !action.isBlank()) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("action"), action));
		}
		if (from != null) {
			Instant start = from.atStartOfDay(zone).toInstant();
			spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("createdAt"), start));
		}
		if (to != null) {
			Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
			spec = spec.and((root, query, cb) -> cb.lessThan(root.get("createdAt"), end));
		}
		return spec;
	}
}
