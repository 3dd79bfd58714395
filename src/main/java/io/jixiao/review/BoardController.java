package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.system.ConflictException;
import io.jixiao.system.InvalidInputException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's board page and its actions. */
@Controller
class BoardController {

	private final PendingBoard board;
	private final OrganizationDirectory directory;
	private final MessageSource messages;

	BoardController(PendingBoard board, OrganizationDirectory directory, MessageSource messages) {
		this.board = board;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/admin/pending")
	String page(@AuthenticationPrincipal Account account, @RequestParam(required = false) String stage,
			@RequestParam(required = false) Long department, @RequestParam(defaultValue = "false") boolean overdue,
			Model model) {
		model.addAttribute("board", board.board(account, stage, department, overdue));
		model.addAttribute("stages", Stage.values());
		model.addAttribute("departments", directory.departments());
		model.addAttribute("stage", stage);
		model.addAttribute("department", department);
		model.addAttribute("overdue", overdue);
		return "review/board";
	}

	@PostMapping("/admin/pending/{taskId}/remind")
	String remind(@AuthenticationPrincipal Account account, @PathVariable String taskId, RedirectAttributes redirect) {
		int told = board.remind(account, taskId);
		redirect.addFlashAttribute("flashText", messages.getMessage("board.reminded", new Object[] { told },
				Locale.SIMPLIFIED_CHINESE));
		return "redirect:/admin/pending";
	}

	@GetMapping("/admin/pending/{taskId}/reassign")
	String reassignForm(@AuthenticationPrincipal Account account, @PathVariable String taskId, Model model) {
		model.addAttribute("taskId", taskId);
		model.addAttribute("people", board.candidates(account, taskId));
		return "review/reassign";
	}

	@PostMapping("/admin/pending/{taskId}/reassign")
	String reassign(@AuthenticationPrincipal Account account, @PathVariable String taskId, @RequestParam long to,
			RedirectAttributes redirect) {
		try {
			board.reassign(account, taskId, to);
			redirect.addFlashAttribute("flash", "board.reassigned");
		}
		catch (ConflictException | InvalidInputException e) {
			redirect.addFlashAttribute("flashError",
					messages.getMessage(e.getMessageCode(), e.getArgs(), Locale.SIMPLIFIED_CHINESE));
		}
		return "redirect:/admin/pending";
	}
}
