package io.jixiao.organizations;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The account signed in on this thread, if any. */
final class CurrentAccount {

	private CurrentAccount() {
	}

	static Optional<Account> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof Account account
				? Optional.of(account) : Optional.empty();
	}
}
