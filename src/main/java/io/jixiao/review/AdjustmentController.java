package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.system.ConflictException;
import io.jixiao.system.InvalidInputException;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 申请调整 and 撤销调整 on a table's page, each a post-redirect-get back to it. */
@Controller
class AdjustmentController {

	private final AdjustmentCommands commands;
	private final MessageSource messages;

	AdjustmentController(AdjustmentCommands commands, MessageSource messages) {
		this.commands = commands;
		this.messages = messages;
	}

	@PostMapping("/tables/{id}/adjustments")
	String open(@AuthenticationPrincipal Account account, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, "adjustment.opened", () -> commands.open(account, id, reason));
	}

	@PostMapping("/tables/{id}/adjustments/cancel")
	String cancel(@AuthenticationPrincipal Account account, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "adjustment.cancelled", () -> commands.cancel(account, id));
	}

	private String act(long id, RedirectAttributes redirect, String success, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("flash", success);
		}
		catch (ConflictException | InvalidInputException e) {
			redirect.addFlashAttribute("flashError",
					messages.getMessage(e.getMessageCode(), e.getArgs(), Locale.SIMPLIFIED_CHINESE));
		}
		return "redirect:/tables/" + id;
	}
}
