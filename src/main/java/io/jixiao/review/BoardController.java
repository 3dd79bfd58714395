package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.system.ConflictException;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.Pager;
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
			@RequestParam(defaultValue = "0") int page, Model model) {
		// counts and charts cover every open task; the list shows one page of them
		int size = ReviewController.PAGE_SIZE;
		String base = org.springframework.web.util.UriComponentsBuilder.fromPath("/admin/pending")
			.queryParamIfPresent("stage", java.util.Optional.ofNullable(stage))
			.queryParamIfPresent("department", java.util.Optional.ofNullable(department))
			.queryParam("overdue", overdue).encode().build().toUriString() + "&";
		int asked = Math.max(page, 0);
		PendingBoard.Board found = board.board(account, stage, department, overdue, (long) asked * size, size);
		Pager pager = Pager.of(asked, found.matching(), size, base);
		if (pager.page() != asked) {
			// past the end (the list shrank since): the last page
			found = board.board(account, stage, department, overdue, pager.offset(size), size);
		}
		model.addAttribute("board", found);
		model.addAttribute("rows", found.rows());
		model.addAttribute("pager", pager);
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
