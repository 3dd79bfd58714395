package io.jixiao.audit;

import io.jixiao.organizations.SignInFailures;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Failed sign-ins as the audit trail records them (shared by every node), for locking accounts a while. */
@Component
class FailedSignIns implements SignInFailures {

	private final AuditTrail trail;

	FailedSignIns(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public long since(String username, Instant since) {
		return trail.countSince(AuditAction.LOGIN_FAILED, username, since);
	}
}
