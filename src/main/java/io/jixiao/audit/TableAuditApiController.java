package io.jixiao.audit;

import io.jixiao.organizations.Account;
import io.jixiao.targets.TableService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/tables/{id}/audit: the audit events of a table the user may see, oldest first. */
@RestController
class TableAuditApiController {

	private final AuditTrail trail;
	private final TableService tables;

	TableAuditApiController(AuditTrail trail, TableService tables) {
		this.trail = trail;
		this.tables = tables;
	}

	@GetMapping("/api/v1/tables/{id}/audit")
	List<Map<String, Object>> audit(@AuthenticationPrincipal Account account, @PathVariable long id) {
		// 404 or 403 as for the table itself
		tables.get(account, id);
		return trail.ofTable(id).stream().map(e -> {
			Map<String, Object> event = new LinkedHashMap<>();
			event.put("id", e.getId());
			event.put("at", e.getCreatedAt().toString());
			event.put("actor", e.getActorName());
			event.put("action", e.getAction());
			event.put("details", e.getDetails());
			return event;
		}).toList();
	}
}
