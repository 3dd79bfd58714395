package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.system.ApiPaging;
import io.jixiao.system.ListWorkbook;
import io.jixiao.targets.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
import io.jixiao.targets.Disclosure;
import io.jixiao.targets.TargetTable;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review part of the JSON API (api.md): submit, withdraw, review, publish and the user's tasks. */
@RestController
@RequestMapping("/api/v1")
class ReviewApiController {

	/** The count of all open tasks of the user, with a page or without. */
	static final String TOTAL = "X-Total-Count";

	private final ReviewCommands service;
	private final TaskInbox inbox;
	private final ListWorkbooks workbooks;
	private final BulkReview bulk;

	ReviewApiController(ReviewCommands service, TaskInbox inbox, ListWorkbooks workbooks, BulkReview bulk) {
		this.service = service;
		this.bulk = bulk;
		this.inbox = inbox;
		this.workbooks = workbooks;
	}

	record ReviewBody(String decision, String grade, String comment, List<PinnedComment> rowComments) {
	}

	record PublishBody(Disclosure disclosure, String reason) {
	}

	record BatchBody(long departmentId, int year, Disclosure disclosure, String reason, List<Long> tableIds) {
	}

	/** {@code versions}: optional, each table's {@code version} as listed (table id → version), refused when changed. */
	record BulkBody(List<Long> tableIds, String decision, String comment, Map<Long, Long> versions) {
	}

	@PostMapping("/tables/{id}/submit")
	Map<String, Object> submit(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return state(service.submit(account, id));
	}

	@PostMapping("/tables/{id}/withdraw")
	Map<String, Object> withdraw(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return state(service.withdraw(account, id));
	}

	@PostMapping("/tables/{id}/review")
	Map<String, Object> review(@AuthenticationPrincipal Account account, @PathVariable long id,
			@RequestBody ReviewBody body) {
		return state(service.review(account, id, new ReviewForm(body.decision(), body.grade(),
				body.comment()), body.rowComments() == null ? List.of() : body.rowComments()));
	}

	/** A department reviewer approves several tables, each on its own: what was done and what was refused, why. */
	@PostMapping("/tables/bulk-review")
	BulkReview.Outcome bulkReview(@AuthenticationPrincipal Account account, @RequestBody BulkBody body) {
		return bulk.approve(account, body.tableIds(), body.versions(), body.decision(), body.comment());
	}

	@PostMapping("/tables/{id}/publish")
	Map<String, Object> publish(@AuthenticationPrincipal Account account, @PathVariable long id,
			@RequestBody PublishBody body) {
		return state(service.publish(account, id, body.disclosure(), body.reason()));
	}

	@PostMapping("/publications")
	Map<String, Object> publishAll(@AuthenticationPrincipal Account account, @RequestBody BatchBody body) {
		return Map.of("published", service.publishAll(account, body.departmentId(), body.year(), body.disclosure(),
				body.reason(), body.tableIds()));
	}

	/**
	 * Every open task (the contract), or one page of them when a page or size is asked for; the total in a header;
	 * searched, filtered and ordered as the query says; as JSON or as a workbook of the same rows.
	 */
	@GetMapping("/tasks")
	ResponseEntity<?> tasks(@AuthenticationPrincipal Account account, @RequestParam Map<String, String> parameters,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			HttpServletRequest request) {
		ListQuery query = ListQuery.of(parameters);
		List<TaskView> tasks;
		long total;
		if (page == null && size == null) {
			tasks = query.isEmpty() ? inbox.openTasks(account) : inbox.openTasks(account, query, 0, null).tasks();
			total = tasks.size();
		}
		else {
			int number = page == null ? 0 : page;
			int rows = size == null ? ReviewController.PAGE_SIZE : size;
			ApiPaging.check(number, rows);
			TaskInbox.TaskPage found = inbox.openTasks(account, query, number, rows);
			tasks = found.tasks();
			total = found.total();
		}
		if (ListWorkbook.wanted(request)) {
			return workbooks.tasks(tasks);
		}
		return ResponseEntity.ok().header(TOTAL, String.valueOf(total)).body(tasks);
	}

	private static Map<String, Object> state(TargetTable table) {
		Map<String, Object> state = new java.util.LinkedHashMap<>();
		state.put("id", table.getId());
		state.put("status", table.getStatus().name());
		state.put("version", table.getVersion());
		state.put("disclosure", table.getDisclosure() == null ? null : table.getDisclosure().name());
		return state;
	}
}
