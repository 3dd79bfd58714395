package io.jixiao.audit;

import io.jixiao.organizations.Account;
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

	/** The longest user name an account can have (users.username). */
	static final int MAX_USERNAME = 60;

	private final AuditTrail audit;

	LoginAudit(AuditTrail audit) {
		this.audit = audit;
	}

	@EventListener
	void success(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof Account account) {
			audit.record(new AuditEntry(account.id(), account.displayName(), account.organizationId(), AuditAction.LOGIN, null,
					Map.of("username", account.getUsername())));
		}
	}

	/**
	 * A failed sign-in is recorded whatever name was typed. A name longer than any account's (users.username holds 60
	 * characters) names no account: it is recorded cut, with its length, so that it fits the audit trail (wapiti sent
	 * names of 100 and more characters, and their failures were answered with 500 and went unrecorded).
	 */
	@EventListener
	void failure(AbstractAuthenticationFailureEvent event) {
		String given = String.valueOf(event.getAuthentication().getName());
		String reason = event.getException().getClass().getSimpleName();
		if (given.codePointCount(0, given.length()) <= MAX_USERNAME) {
			audit.record(new AuditEntry(null, given, null, AuditAction.LOGIN_FAILED, null,
					Map.of("username", given, "reason", reason)));
			return;
		}
		String cut = given.substring(0, given.offsetByCodePoints(0, MAX_USERNAME)) + "…";
		audit.record(new AuditEntry(null, cut, null, AuditAction.LOGIN_FAILED, null,
				Map.of("username", cut, "length", given.length(), "reason", reason)));
	}
}
