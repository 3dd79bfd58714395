package io.jixiao.audit;

import io.jixiao.organizations.Administered;
import io.jixiao.organizations.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Audits the administration of organizations and accounts, in the administering transaction. */
@Component
class AdministrationAudit {

	/** The name the system acts under (demo data at start-up). */
	private static final String SYSTEM = "系统";

	private final AuditTrail trail;

	AdministrationAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(Administered e) {
		Actor actor = e.actor();
		trail.record(new AuditEntry(actor == null ? null : actor.id(), actor == null ? SYSTEM : actor.displayName(),
				actor == null ? null : actor.organizationId(), AuditAction.of(e.action()), null,
				e.details()));
	}
}
