package io.jixiao.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/audit/verify: recomputes the chain and names the first broken event. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class AuditApiController {

	private final AuditTrail trail;

	AuditApiController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/v1/audit/verify")
	AuditTrail.Verification verify() {
		return trail.verify();
	}
}
