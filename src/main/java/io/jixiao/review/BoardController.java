package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.system.ConflictException;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.Pager;
import io.jixiao.targets.ListLinks;
import io.jixiao.targets.ListQuery;
import java.util.Map;
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
	String page(@AuthenticationPrincipal Account account, @RequestParam Map<String, String> parameters,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ListQuery query = ListQuery.of(parameters);
		// counts and charts cover every open task; the list shows one page of them
		int size = ReviewController.PAGE_SIZE;
		int asked = Math.max(page, 0);
		PendingBoard.Board found = board.board(account, query, (long) asked * size, size);
		ListLinks links = new ListLinks("/admin/pending", query, "/api/v1/admin/pending", Map.of());
		Pager pager = Pager.of(asked, found.matching(), size, links.pageBase());
		if (pager.page() != asked) {
			// past the end (the list shrank since): the last page
			found = board.board(account, query, pager.offset(size), size);
		}
		model.addAttribute("board", found);
		model.addAttribute("rows", found.rows());
		model.addAttribute("pager", pager);
		model.addAttribute("links", links);
		model.addAttribute("stages", Stage.values());
		// the departments and their sections from one statement: the board's statement count stays
		OrganizationDirectory.DepartmentChoices choices = directory.departmentChoices();
		model.addAttribute("departments", choices.departments());
		model.addAttribute("sections", choices.sections());
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
