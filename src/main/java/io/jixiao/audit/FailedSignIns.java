package io.jixiao.audit;

import io.jixiao.organizations.SignInFailures;
import org.springframework.stereotype.Component;

/** Failed sign-ins as the audit trail records them (shared by every node), for locking accounts a while. */
@Component
class FailedSignIns implements SignInFailures {

	@Override
	public String countSinceSql() {
		return "(select count(*) from audit_events e where e.action = '" + AuditAction.LOGIN_FAILED.name()
				+ "' and lower(e.actor_name) = :username and e.created_at > :since)";
	}
}
