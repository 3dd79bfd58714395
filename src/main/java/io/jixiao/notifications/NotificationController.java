package io.jixiao.notifications;

import io.jixiao.organizations.Account;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The user's notifications page; and the unread count shown in the header of every page. */
@Controller
class NotificationController {

	private final Notifier notifier;

	NotificationController(Notifier notifier) {
		this.notifier = notifier;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal Account account, Model model) {
		model.addAttribute("notifications", notifier.latest(account.id(), 100));
		return "notifications/list";
	}

	@PostMapping("/notifications/read")
	String readAll(@AuthenticationPrincipal Account account) {
		notifier.markAllRead(account.id());
		return "redirect:/notifications";
	}

	@ControllerAdvice(annotations = Controller.class)
	static class UnreadCount {

		private final Notifier notifier;

		UnreadCount(Notifier notifier) {
			this.notifier = notifier;
		}

		/** Only pages show the count; JSON answers (/api/, /public/api/) skip the query. */
		@ModelAttribute("unreadNotifications")
		Long unread(@AuthenticationPrincipal Account account, jakarta.servlet.http.HttpServletRequest request) {
			boolean page = !request.getRequestURI().contains("/api/");
			return account == null || !page ? null : notifier.unread(account.id());
		}
	}
}
