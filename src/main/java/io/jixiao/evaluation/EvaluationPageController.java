package io.jixiao.evaluation;

import io.jixiao.organizations.Account;
import io.jixiao.system.ConflictException;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.MessageException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
 * The self-evaluation pages: the user's tasks and finance's rounds, a round's overview, and an evaluation's page
 * (the unit's form, the arithmetic of every score, the reviewer's decision with re-scores), each action a
 * post-redirect-get.
 */
@Controller
class EvaluationPageController {

	private final EvaluationCommands commands;
	private final EvaluationQueries queries;
	private final EvaluationTaskList taskList;
	private final EvaluationSheets sheets;
	private final EvaluationEvidence evidence;
	private final MessageSource messages;

	EvaluationPageController(EvaluationCommands commands, EvaluationQueries queries, EvaluationTaskList taskList,
			EvaluationSheets sheets, EvaluationEvidence evidence, MessageSource messages) {
		this.commands = commands;
		this.queries = queries;
		this.taskList = taskList;
		this.sheets = sheets;
		this.evidence = evidence;
		this.messages = messages;
	}

	@GetMapping("/evaluation")
	String index(@AuthenticationPrincipal Account account, Model model) {
		model.addAttribute("tasks", taskList.tasks(account));
		boolean finance = account.isFinanceOrAdmin();
		model.addAttribute("finance", finance);
		if (finance) {
			model.addAttribute("rounds", queries.rounds(account));
		}
		return "evaluation/index";
	}

	@PostMapping("/evaluation/rounds")
	String open(@AuthenticationPrincipal Account account, @RequestParam int year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
			RedirectAttributes redirect) {
		try {
			EvaluationCommands.Opened opened = commands.openRound(account, year, dueDate);
			redirect.addFlashAttribute("flashText", text("evaluation.opened", opened.evaluations()));
			return "redirect:/evaluation/rounds/" + opened.id();
		}
		catch (ConflictException | InvalidInputException e) {
			redirect.addFlashAttribute("flashError", text(e));
			return "redirect:/evaluation";
		}
	}

	@PostMapping("/evaluation/rounds/{id}/additions")
	String addApprovedSince(@AuthenticationPrincipal Account account, @PathVariable long id,
			RedirectAttributes redirect) {
		int added = commands.addApprovedSince(account, id);
		redirect.addFlashAttribute("flashText",
				added == 0 ? text("evaluation.added.none") : text("evaluation.added", added));
		return "redirect:/evaluation/rounds/" + id;
	}

	@GetMapping("/evaluation/rounds/{id}")
	String round(@AuthenticationPrincipal Account account, @PathVariable long id, Model model) {
		EvaluationOverview overview = queries.overview(account, id);
		model.addAttribute("round", overview);
		model.addAttribute("statements", sheets.statements(overview));
		return "evaluation/round";
	}

	@GetMapping("/evaluations/{id}")
	String evaluation(@AuthenticationPrincipal Account account, @PathVariable long id, Model model) {
		EvaluationView evaluation = queries.evaluation(account, id);
		EvaluationQueries.Turn turn = queries.turn(account, id);
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("turn", turn);
		model.addAttribute("editing", turn.mine() && EvaluationProcess.FILL.equals(turn.step()));
		model.addAttribute("reviewing", turn.mine() && !EvaluationProcess.FILL.equals(turn.step()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", EvaluationForm.of(evaluation));
		}
		model.addAttribute("levels", Scoring.LEVELS);
		model.addAttribute("evidence", evidence.list(evaluation));
		model.addAttribute("perRow", EvaluationEvidence.PER_ROW);
		return "evaluation/evaluation";
	}

	@PostMapping("/evaluations/{id}")
	String fill(@AuthenticationPrincipal Account account, @PathVariable long id,
			@ModelAttribute EvaluationForm form, @RequestParam(defaultValue = "save") String action,
			RedirectAttributes redirect) {
		try {
			commands.fill(account, id, form.getVersion(), form.filling());
			if ("submit".equals(action)) {
				commands.submit(account, id);
				redirect.addFlashAttribute("flash", "evaluation.submitted");
			}
			else {
				redirect.addFlashAttribute("flash", "evaluation.saved");
			}
		}
		catch (ConflictException | InvalidInputException e) {
			redirect.addFlashAttribute("flashError", text(e));
			// a refused save keeps what was typed; a refused submission was saved and shows the findings
			if (!(e instanceof InvalidInputException invalid && !invalid.getDetails().isEmpty())) {
				redirect.addFlashAttribute("form", form);
			}
		}
		return "redirect:/evaluations/" + id;
	}

	/** The decision, with a re-score for each row whose score field was filled ({@code score0}, {@code score1}…). */
	@PostMapping("/evaluations/{id}/review")
	String review(@AuthenticationPrincipal Account account, @PathVariable long id, @RequestParam String decision,
			@RequestParam(required = false) String comment, @RequestParam Map<String, String> fields,
			RedirectAttributes redirect) {
		try {
			commands.review(account, id, decision, comment, scores(fields));
			redirect.addFlashAttribute("flash", "evaluation.decided");
		}
		catch (ConflictException | InvalidInputException e) {
			redirect.addFlashAttribute("flashError", text(e));
		}
		return "redirect:/evaluations/" + id;
	}

	private static Map<Integer, BigDecimal> scores(Map<String, String> fields) {
		Map<Integer, BigDecimal> scores = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (name.matches("score\\d{1,3}") && value != null && !value.isBlank()) {
				try {
					scores.put(Integer.parseInt(name.substring(5)), new BigDecimal(value.strip()));
				}
				catch (NumberFormatException e) {
					throw new InvalidInputException("evaluation.scoreRequired");
				}
			}
		});
		return scores;
	}

	private String text(MessageException e) {
		return text(e.getMessageCode(), e.getArgs());
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}
}
