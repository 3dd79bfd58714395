package io.jixiao.targets;

import io.jixiao.checks.Finding;
import io.jixiao.organizations.Account;
import io.jixiao.system.ApiPaging;
import io.jixiao.system.InvalidInputException;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tables part of the JSON API (api.md). */
@RestController
@RequestMapping("/api/v1/tables")
class TableApiController {

	private final TableService service;

	TableApiController(TableService service) {
		this.service = service;
	}

	@GetMapping
	Map<String, Object> list(@AuthenticationPrincipal Account account, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) TableStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		ApiPaging.check(page, size);
		Page<TargetTable> result = service.list(account, year, status, page, size);
		List<TableResponse> items = result.getContent().stream().map(this::response).toList();
		return Map.of("items", items, "total", result.getTotalElements(), "page", page, "size", size);
	}

	@PostMapping
	ResponseEntity<TableResponse> create(@AuthenticationPrincipal Account account,
			@Valid @RequestBody TableForm body) {
		TargetTable table = service.create(account, body.getKind(), body.requireYear(), body.toContent());
		return ResponseEntity.created(URI.create("/api/v1/tables/" + table.getId())).body(response(table));
	}

	@GetMapping("/{id}")
	TableResponse get(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return response(service.get(account, id));
	}

	@PutMapping("/{id}")
	TableResponse update(@AuthenticationPrincipal Account account, @PathVariable long id,
			@Valid @RequestBody TableForm body) {
		if (body.getVersion() == null) {
			throw new InvalidInputException("error.versionRequired");
		}
		return response(service.update(account, id, body.getVersion(), body.toContent()));
	}

	@GetMapping("/{id}/checks")
	List<Finding> checks(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return service.check(service.get(account, id));
	}

	@GetMapping("/{id}/versions")
	List<Map<String, Object>> versions(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return service.versions(account, id).stream()
			.map(v -> Map.<String, Object>of("number", v.getNumber(), "submittedAt", v.getSubmittedAt().toString(),
					"submittedBy", service.personName(v.getSubmittedBy())))
			.toList();
	}

	@GetMapping("/{id}/diff")
	TableDiff diff(@AuthenticationPrincipal Account account, @PathVariable long id, @RequestParam int from,
			@RequestParam int to) {
		return service.diff(account, id, from, to);
	}

	private TableResponse response(TargetTable table) {
		return TableResponse.of(table, service.unitName(table));
	}
}
