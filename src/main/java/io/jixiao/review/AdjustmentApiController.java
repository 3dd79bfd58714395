package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.targets.TableAdjustment;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TargetTable;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The adjustment part of the JSON API (api.md, Adjustment). */
@RestController
@RequestMapping("/api/v1/tables/{id}/adjustments")
class AdjustmentApiController {

	private final AdjustmentCommands commands;
	private final TableService tables;

	AdjustmentApiController(AdjustmentCommands commands, TableService tables) {
		this.commands = commands;
		this.tables = tables;
	}

	record OpenBody(String reason) {
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> open(@AuthenticationPrincipal Account account, @PathVariable long id,
			@RequestBody OpenBody body) {
		TableAdjustment opened = commands.open(account, id, body.reason());
		return ResponseEntity.created(URI.create("/api/v1/tables/" + id + "/adjustments")).body(json(opened));
	}

	@PostMapping("/cancel")
	Map<String, Object> cancel(@AuthenticationPrincipal Account account, @PathVariable long id) {
		TargetTable table = commands.cancel(account, id);
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("id", table.getId());
		state.put("status", table.getStatus().name());
		state.put("version", table.getVersion());
		return state;
	}

	@GetMapping
	List<Map<String, Object>> list(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return tables.head(account, id).getAdjustments().stream().map(AdjustmentApiController::json).toList();
	}

	static Map<String, Object> json(TableAdjustment a) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("number", a.getNumber());
		json.put("reason", a.getReason());
		json.put("status", a.getStatus().name());
		json.put("fromVersion", a.getFromVersion());
		json.put("toVersion", a.getToVersion());
		json.put("openedAt", a.getOpenedAt().toString());
		json.put("decidedAt", a.getDecidedAt() == null ? null : a.getDecidedAt().toString());
		return json;
	}
}
