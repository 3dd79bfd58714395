package io.jixiao.organizations;

import io.jixiao.system.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reviewer's page of deputies (委托) under the user's menu: the list, a new one, ending one. */
@Controller
@RequestMapping("/me/deputies")
@PreAuthorize("hasAnyRole('DEPT_REVIEWER', 'FINANCE_REVIEWER')")
class DeputyPageController {

	private final DeputyAdmin deputies;
	private final OrganizationDirectory directory;
	private final MessageSource messages;
	private final Clock clock;
	private final ZoneId zone;

	DeputyPageController(DeputyAdmin deputies, OrganizationDirectory directory, MessageSource messages, Clock clock,
			@Value("${app.time-zone:Asia/Shanghai}") String zone) {
		this.deputies = deputies;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	@GetMapping
	String page(@AuthenticationPrincipal Account account, Model model) {
		return show(account, model, "", "", "");
	}

	@PostMapping
	String name(@AuthenticationPrincipal Account account, @RequestParam(defaultValue = "") String deputy,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			deputies.name(account, deputy, DeputyApiController.date(from), DeputyApiController.date(to));
			redirect.addFlashAttribute("flash", "deputies.saved");
			return "redirect:/me/deputies";
		}
		catch (InvalidInputException e) {
			response.setStatus(422);
			model.addAttribute("error", messages.getMessage(e.getMessageCode(), e.getArgs(), Locale.SIMPLIFIED_CHINESE));
			return show(account, model, deputy, from, to);
		}
	}

	@PostMapping("/{id}/delete")
	String remove(@AuthenticationPrincipal Account account, @PathVariable long id, RedirectAttributes redirect) {
		deputies.remove(account, id);
		redirect.addFlashAttribute("flash", "deputies.removed");
		return "redirect:/me/deputies";
	}

	private String show(Account account, Model model, String deputy, String from, String to) {
		model.addAttribute("deputies", deputies.deputiesOf(account));
		model.addAttribute("colleagues", directory.people(account.role(), account.organizationId()).stream()
			.filter(p -> p.id() != account.id()).toList());
		model.addAttribute("today", LocalDate.now(clock.withZone(zone)));
		model.addAttribute("chosen", deputy);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "deputies";
	}
}
