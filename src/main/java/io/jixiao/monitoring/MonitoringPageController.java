package io.jixiao.monitoring;

import io.jixiao.organizations.Account;
import io.jixiao.system.ConflictException;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.MessageException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The monitoring pages: the user's monitoring tasks and finance's rounds, a round's overview, and a report's page
 * (the unit's form, the reviewer's decision, the unit's 整改结果), each action a post-redirect-get.
 */
@Controller
class MonitoringPageController {

	private final MonitoringCommands commands;
	private final MonitoringQueries queries;
	private final MessageSource messages;
	private final Tolerances tolerances;
	private final MonitoringTaskList taskList;

	MonitoringPageController(MonitoringCommands commands, MonitoringQueries queries, MessageSource messages,
			Tolerances tolerances, MonitoringTaskList taskList) {
		this.commands = commands;
		this.taskList = taskList;
		this.tolerances = tolerances;
		this.queries = queries;
		this.messages = messages;
	}

	@GetMapping("/monitoring")
	String index(@AuthenticationPrincipal Account account, Model model) {
		model.addAttribute("tasks", taskList.tasks(account));
		boolean finance = account.isFinanceOrAdmin();
		model.addAttribute("finance", finance);
		if (finance) {
			model.addAttribute("rounds", queries.rounds(account));
			model.addAttribute("periods", java.util.Arrays.stream(Period.values()).map(Period::code).toList());
		}
		return "monitoring/index";
	}

	@PostMapping("/monitoring/rounds")
	String open(@AuthenticationPrincipal Account account, @RequestParam int year, @RequestParam String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
			RedirectAttributes redirect) {
		try {
			MonitoringCommands.Opened opened = commands.openRound(account, year, period, dueDate);
			redirect.addFlashAttribute("flashText", text("monitoring.opened", opened.reports()));
			return "redirect:/monitoring/rounds/" + opened.id();
		}
		catch (ConflictException | InvalidInputException e) {
			redirect.addFlashAttribute("flashError", text(e));
			return "redirect:/monitoring";
		}
	}

	/** The monitoring tolerance per year, for finance and administrators to set. */
	@GetMapping("/monitoring/rules")
	String rules(@AuthenticationPrincipal Account account, Model model) {
		MonitoringAccess.requireFinance(account);
		model.addAttribute("years", tolerances.years());
		model.addAttribute("fallback", tolerances.fallback());
		return "monitoring/rules";
	}

	@PostMapping("/monitoring/rules")
	String setTolerance(@AuthenticationPrincipal Account account, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) BigDecimal tolerance, RedirectAttributes redirect) {
		try {
			if (year == null) {
				throw new InvalidInputException("monitoring.rules.year");
			}
			commands.setTolerance(account, year, tolerance);
			redirect.addFlashAttribute("flashText", text("monitoring.rules.saved", year, tolerance.toPlainString()));
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("flashError", text(e));
		}
		return "redirect:/monitoring/rules";
	}

	@PostMapping("/monitoring/rounds/{id}/additions")
	String addApprovedSince(@AuthenticationPrincipal Account account, @PathVariable long id,
			RedirectAttributes redirect) {
		int added = commands.addApprovedSince(account, id);
		redirect.addFlashAttribute("flashText",
				added == 0 ? text("monitoring.added.none") : text("monitoring.added", added));
		return "redirect:/monitoring/rounds/" + id;
	}

	@GetMapping("/monitoring/rounds/{id}")
	String round(@AuthenticationPrincipal Account account, @PathVariable long id, Model model) {
		model.addAttribute("round", queries.overview(account, id));
		return "monitoring/round";
	}

	@GetMapping("/monitoring/reports/{id}")
	String report(@AuthenticationPrincipal Account account, @PathVariable long id, Model model) {
		ReportView report = queries.report(account, id);
		MonitoringQueries.Turn turn = queries.turn(account, id);
		model.addAttribute("report", report);
		model.addAttribute("turn", turn);
		model.addAttribute("editing", turn.mine() && ReportProcess.FILL.equals(turn.step()));
		model.addAttribute("reviewing", turn.mine() && (ReportProcess.DEPT_REVIEW.equals(turn.step())
				|| ReportProcess.FINANCE_REVIEW.equals(turn.step())));
		model.addAttribute("financeStage", ReportProcess.FINANCE_REVIEW.equals(turn.step()));
		model.addAttribute("rectifying", turn.mine() && ReportProcess.RECTIFY.equals(turn.step()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ReportForm.of(report));
		}
		model.addAttribute("proposal", queries.proposal(account, report));
		model.addAttribute("previous", queries.previousPeriod(report));
		model.addAttribute("reasons", RowFilling.REASONS);
		model.addAttribute("likelihoods", RowFilling.LIKELIHOODS);
		return "monitoring/report";
	}

	@PostMapping("/monitoring/reports/{id}")
	String fill(@AuthenticationPrincipal Account account, @PathVariable long id, @ModelAttribute ReportForm form,
			@RequestParam(defaultValue = "save") String action, RedirectAttributes redirect) {
		try {
			commands.fill(account, id, form.getVersion(), form.filling());
			if ("submit".equals(action)) {
				commands.submit(account, id);
				redirect.addFlashAttribute("flash", "monitoring.submitted");
			}
			else {
				redirect.addFlashAttribute("flash", "monitoring.saved");
			}
		}
		catch (ConflictException | InvalidInputException e) {
			redirect.addFlashAttribute("flashError", text(e));
			// a refused save keeps what was typed; a refused submission was saved and shows the findings
			if (!(e instanceof InvalidInputException invalid && !invalid.getDetails().isEmpty())) {
				redirect.addFlashAttribute("form", form);
			}
		}
		return "redirect:/monitoring/reports/" + id;
	}

	@PostMapping("/monitoring/reports/{id}/review")
	String review(@AuthenticationPrincipal Account account, @PathVariable long id, @RequestParam String decision,
			@RequestParam(required = false) String comment,
			@RequestParam(defaultValue = "false") boolean keyMonitoring,
			@RequestParam(required = false) String rectification, RedirectAttributes redirect) {
		return act(id, redirect, "monitoring.decided",
				() -> commands.review(account, id, decision, comment, keyMonitoring, rectification));
	}

	@PostMapping("/monitoring/reports/{id}/rectification")
	String rectify(@AuthenticationPrincipal Account account, @PathVariable long id,
			@RequestParam(required = false) String result, RedirectAttributes redirect) {
		return act(id, redirect, "monitoring.rectified", () -> commands.rectify(account, id, result));
	}

	/** 申请调整 from a red or yellow report: on to the table, whose proposal the lead now edits. */
	@PostMapping("/monitoring/reports/{id}/adjustment")
	String proposeAdjustment(@AuthenticationPrincipal Account account, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			long table = commands.proposeAdjustment(account, id, reason);
			redirect.addFlashAttribute("flash", "monitoring.adjust.opened");
			return "redirect:/tables/" + table;
		}
		catch (ConflictException | InvalidInputException e) {
			redirect.addFlashAttribute("flashError", text(e));
			return "redirect:/monitoring/reports/" + id;
		}
	}

	private String act(long id, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", success);
		}
		catch (ConflictException | InvalidInputException e) {
			redirect.addFlashAttribute("flashError", text(e));
		}
		return "redirect:/monitoring/reports/" + id;
	}

	private String text(MessageException e) {
		return text(e.getMessageCode(), e.getArgs());
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}
}
