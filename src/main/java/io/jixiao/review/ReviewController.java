package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.Role;
import io.jixiao.system.ConflictException;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.Pager;
import io.jixiao.targets.Decision;
import io.jixiao.targets.Disclosure;
import io.jixiao.targets.ListLinks;
import io.jixiao.targets.ListQuery;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TableStatus;
import io.jixiao.targets.TargetTable;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review pages: actions on a table's page (each a post-redirect-get back to it), 待办 and 已办, the batch
 * publication decision and the process diagram.
 */
@Controller
class ReviewController {

	private final ReviewCommands service;
	private final TaskInbox inbox;
	private final ProcessDiagram diagram;
	private final TableService tables;
	private final OrganizationDirectory directory;
	private final MessageSource messages;
	private final Clock clock;
	private final BulkReview bulk;
	private final List<TaskListExtension> sections;

	static final int PAGE_SIZE = 50;

	ReviewController(ReviewCommands service, TaskInbox inbox, ProcessDiagram diagram, TableService tables,
			OrganizationDirectory directory, MessageSource messages, Clock clock, BulkReview bulk,
			List<TaskListExtension> sections) {
		this.service = service;
		this.sections = sections;
		this.bulk = bulk;
		this.inbox = inbox;
		this.diagram = diagram;
		this.tables = tables;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping("/tables/{id}/submit")
	String submit(@AuthenticationPrincipal Account account, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "review.submitted", () -> service.submit(account, id), () -> { });
	}

	@PostMapping("/tables/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal Account account, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "review.withdrawn", () -> service.withdraw(account, id), () -> { });
	}

	@PostMapping("/tables/{id}/review")
	String review(@AuthenticationPrincipal Account account, @PathVariable long id, @ModelAttribute ReviewForm form,
			RedirectAttributes redirect) {
		return act(id, redirect, "review.decided", () -> service.review(account, id, form, List.of()),
				() -> redirect.addFlashAttribute("reviewChoice", form));
	}

	@PostMapping("/tables/{id}/comments")
	String comment(@AuthenticationPrincipal Account account, @PathVariable long id, @RequestParam int row,
			@RequestParam String comment, RedirectAttributes redirect) {
		return act(id, redirect, "review.commented", () -> {
			service.comment(account, id, List.of(new PinnedComment(row, comment)));
			return null;
		}, () -> redirect.addFlashAttribute("rowCommentChoice", new PinnedComment(row, comment)));
	}

	@PostMapping("/tables/{id}/comments/{commentId}/answer")
	String answer(@AuthenticationPrincipal Account account, @PathVariable long id, @PathVariable long commentId,
			@RequestParam(defaultValue = "") String answer, @RequestParam(defaultValue = "false") boolean fixed,
			RedirectAttributes redirect) {
		return act(id, redirect, "review.answered", () -> {
			service.answer(account, id, commentId, answer, fixed);
			return null;
		}, () -> { });
	}

	/** The colleagues the task may be handed to: read only when the reviewer asks, not on every table page. */
	@GetMapping("/tables/{id}/handover")
	String handOverForm(@AuthenticationPrincipal Account account, @PathVariable long id, Model model) {
		TargetTable table = tables.head(account, id);
		model.addAttribute("tableId", id);
		model.addAttribute("tableName", table.displayName());
		model.addAttribute("colleagues", service.colleagues(account, table));
		return "review/handover";
	}

	@PostMapping("/tables/{id}/handover")
	String handOver(@AuthenticationPrincipal Account account, @PathVariable long id, @RequestParam long to,
			RedirectAttributes redirect) {
		return act(id, redirect, "review.handedOver", () -> {
			service.handOver(account, id, to);
			return null;
		}, () -> { });
	}

	@PostMapping("/tables/{id}/publish")
	String publish(@AuthenticationPrincipal Account account, @PathVariable long id,
			@RequestParam(required = false) Disclosure disclosure, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, "review.published", () -> service.publish(account, id, disclosure, reason),
				() -> keepPublication(redirect, disclosure, reason));
	}

	@GetMapping("/tasks")
	String tasks(@AuthenticationPrincipal Account account, @RequestParam Map<String, String> parameters,
			@RequestParam(defaultValue = "0") int page, Model model) {
		// single-query reads, each without a transaction (TaskInbox, TaskListExtension): no scope around them
		ListQuery query = ListQuery.of(parameters);
		TaskInbox.TaskPage tasks = inbox.openTasks(account, query, page, PAGE_SIZE);
		ListLinks links = new ListLinks("/tasks", query, "/api/v1/tasks",
				Map.of("page", tasks.page(), "size", PAGE_SIZE));
		model.addAttribute("tasks", tasks.tasks());
		model.addAttribute("links", links);
		model.addAttribute("stages", Stage.values());
		model.addAttribute("pager", new Pager(tasks.page(), tasks.pages(), tasks.total(), links.pageBase()));
		// only a department reviewer decides several tables at once
		model.addAttribute("bulk", account.hasRole(Role.DEPT_REVIEWER)
				&& tasks.tasks().stream().anyMatch(t -> t.stage().equals(Stage.DEPT_REVIEW.name())));
		// the later processes' tasks, in their own sections: on the first page of the list as it opens
		boolean whole = query.isEmpty() && tasks.page() == 0;
		if (whole) {
			sections.forEach(section -> section.contribute(account, model));
		}
		model.addAttribute("sections", whole ? sections.stream().map(TaskListExtension::section).toList() : List.of());
		return "review/tasks";
	}

	@GetMapping("/tasks/done")
	String done(@AuthenticationPrincipal Account account, Model model) {
		model.addAttribute("done", inbox.handled(account, 200));
		return "review/done";
	}

	/**
	 * The publication decision of a department's year: its approved tables with checkboxes (none checked). Without a
	 * year it opens on the latest year that has tables awaiting the decision.
	 */
	@GetMapping("/publication")
	String publication(@AuthenticationPrincipal Account account, @RequestParam(required = false) Long department,
			@RequestParam(required = false) Integer year, Model model) {
		ReviewAccess.requirePublisher(account);
		int chosenYear = year != null ? year
				: tables.latestYear(account, department == null ? null : directory.unitIds(department),
						TableStatus.APPROVED).orElse(LocalDate.now(clock).getYear());
		model.addAttribute("departments", directory.departments());
		model.addAttribute("department", department);
		model.addAttribute("year", chosenYear);
		if (department != null) {
			model.addAttribute("approved",
					tables.find(account, directory.unitIds(department), chosenYear, TableStatus.APPROVED));
		}
		return "review/publication";
	}

	/** The same decision for the checked tables only. */
	@PostMapping("/publication")
	String publishAll(@AuthenticationPrincipal Account account, @RequestParam long department, @RequestParam int year,
			@RequestParam(required = false) Disclosure disclosure, @RequestParam(required = false) String reason,
			@RequestParam(name = "tableIds", required = false) List<Long> tableIds, RedirectAttributes redirect) {
		try {
			int count = service.publishAll(account, department, year, disclosure, reason,
					tableIds == null ? List.of() : tableIds);
			redirect.addFlashAttribute("flashText", text("review.publishedAll", count));
		}
		catch (ConflictException | InvalidInputException e) {
			redirect.addFlashAttribute("flashError", text(e.getMessageCode(), e.getArgs()));
			keepPublication(redirect, disclosure, reason);
		}
		return "redirect:/publication?department=" + department + "&year=" + year;
	}

	/** 批量同意 on 待办: each checked table decided on its own; what went through and what was refused, named. */
	@PostMapping("/tasks/bulk-review")
	String bulkReview(@AuthenticationPrincipal Account account,
			@RequestParam(name = "tableIds", required = false) List<Long> tableIds,
			@RequestParam(name = "versions", required = false) List<String> versions,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		try {
			BulkReview.Outcome outcome = bulk.approve(account, tableIds, BulkReview.listed(versions),
					Decision.APPROVE.name(), comment);
			redirect.addFlashAttribute("flashText", text("bulk.done", outcome.done().size()));
			if (!outcome.refused().isEmpty()) {
				redirect.addFlashAttribute("flashError", text("bulk.refused", outcome.refused().size(),
						outcome.refused().stream().map(r -> r.message()).collect(java.util.stream.Collectors.joining("；"))));
			}
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("flashError", text(e.getMessageCode(), e.getArgs()));
		}
		return "redirect:/tasks";
	}

	@GetMapping(value = "/tables/{id}/diagram.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> diagram(@AuthenticationPrincipal Account account, @PathVariable long id)
			throws IOException {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(diagram.render(tables.get(account, id)));
	}

	/**
	 * Runs one action and comes back to the table's page with its outcome (post-redirect-get); when refused, the page
	 * shows the user's choices again ({@code keep}) so that nothing reverts to a default unnoticed.
	 */
	private String act(long id, RedirectAttributes redirect, String success, Supplier<?> action, Runnable keep) {
		try {
			action.get();
			redirect.addFlashAttribute("flash", success);
		}
		catch (ConflictException | InvalidInputException e) {
			redirect.addFlashAttribute("flashError", text(e.getMessageCode(), e.getArgs()));
			keep.run();
		}
		return "redirect:/tables/" + id;
	}

	private static void keepPublication(RedirectAttributes redirect, Disclosure disclosure, String reason) {
		if (disclosure != null) {
			redirect.addFlashAttribute("chosenDisclosure", disclosure.name());
		}
		if (reason != null) {
			redirect.addFlashAttribute("chosenReason", reason);
		}
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}
}
