package io.jixiao.targets;

import io.jixiao.checks.Finding;
import io.jixiao.organizations.Account;
import io.jixiao.system.ApiPaging;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.ListWorkbook;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
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
	private final TableList list;
	private final MessageSource messages;

	TableApiController(TableService service, TableList list, MessageSource messages) {
		this.service = service;
		this.list = list;
		this.messages = messages;
	}

	/** A page of the tables the user may see, searched, filtered and ordered (api.md); as JSON or a workbook. */
	@GetMapping
	ResponseEntity<?> list(@AuthenticationPrincipal Account account, @RequestParam Map<String, String> parameters,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			HttpServletRequest request) {
		ListQuery query = ListQuery.of(parameters);
		ApiPaging.check(page, size);
		Page<TargetTable> result = list.list(account, query, page, size);
		List<TableResponse> items = result.getContent().stream().map(this::response).toList();
		if (ListWorkbook.wanted(request)) {
			return ListWorkbook.attachment(text("list.title"), Arrays.stream(COLUMNS).map(c -> text("list.col." + c))
				.toList(), items.stream().map(this::row).toList());
		}
		return ResponseEntity.ok(Map.of("items", items, "total", result.getTotalElements(), "page", page, "size", size));
	}

	/** The workbook's columns (their headers are list.col.*), as {@link #row} fills them. */
	private static final String[] COLUMNS = { "id", "year", "project", "unit", "funds", "indicators", "status" };

	private List<Object> row(TableResponse t) {
		return Arrays.asList(t.id(), t.year(), t.projectName() == null ? t.unitName() : t.projectName(), t.unitName(),
				t.totalFunds(), t.indicators().size(), text("status." + t.status()));
	}

	private String text(String code) {
		return messages.getMessage(code, null, Locale.SIMPLIFIED_CHINESE);
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
