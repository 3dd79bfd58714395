package io.jixiao.evaluation;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.Role;
import io.jixiao.system.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scoring rule sets (自评评分规则): every year's figures and named rules for finance and administrators to read,
 * the form to store a year's for administrators, prefilled with the rule set the chosen year is scored by.
 */
@Controller
class ScoringRulesController {

	private final ScoringRuleSets ruleSets;
	private final ScoringRulesCommands commands;
	private final MessageSource messages;
	private final Clock clock;

	ScoringRulesController(ScoringRuleSets ruleSets, ScoringRulesCommands commands, MessageSource messages,
			Clock clock) {
		this.ruleSets = ruleSets;
		this.commands = commands;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/evaluation/rules")
	String rules(@AuthenticationPrincipal Account account, @RequestParam(required = false) Integer year,
			Model model) {
		EvaluationAccess.requireFinance(account);
		int shown = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("ruleSets", ruleSets.all());
		model.addAttribute("editable", account.role() == Role.ADMIN);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", RuleSetForm.of(ruleSets.of(shown), shown));
		}
		return "evaluation/rules";
	}

	@PostMapping("/evaluation/rules")
	String store(@AuthenticationPrincipal Account account, @ModelAttribute RuleSetForm form,
			RedirectAttributes redirect) {
		try {
			commands.store(account, form.ruleSet());
			redirect.addFlashAttribute("flashText", text("evaluation.rules.saved", String.valueOf(form.getYear())));
			return "redirect:/evaluation/rules?year=" + form.getYear();
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("flashError", text(e.getMessageCode(), e.getArgs()));
			redirect.addFlashAttribute("form", form);
			return "redirect:/evaluation/rules";
		}
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}
}
