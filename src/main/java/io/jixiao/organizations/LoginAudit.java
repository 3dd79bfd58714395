package io.jixiao.organizations;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditTrail;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Audits sign-ins through the login form and every failed authentication (form or HTTP Basic). Successful HTTP
 * Basic calls authenticate on each request and are not sign-ins, so they are not recorded.
 */
@Component
class LoginAudit {

	private final AuditTrail audit;

	LoginAudit(AuditTrail audit) {
		this.audit = audit;
	}

	@EventListener
	void success(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof Account account) {
			audit.record(new AuditEntry(account.id(), account.displayName(), account.organizationId(), "LOGIN", null,
					Map.of("username", account.getUsername())));
		}
	}

	@EventListener
	void failure(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getName());
		audit.record(new AuditEntry(null, username, null, "LOGIN_FAILED", null,
				Map.of("username", username, "reason", event.getException().getClass().getSimpleName())));
	}
}
