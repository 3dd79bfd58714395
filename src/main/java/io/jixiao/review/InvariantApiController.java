package io.jixiao.review;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/admin/invariants: does every table's status match its review process? Administrators only. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class InvariantApiController {

	private final InvariantCheck check;

	InvariantApiController(InvariantCheck check) {
		this.check = check;
	}

	@GetMapping("/api/v1/admin/invariants")
	InvariantCheck.Result invariants() {
		return check.check();
	}
}
