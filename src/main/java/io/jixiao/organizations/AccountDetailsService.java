package io.jixiao.organizations;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security. */
@Service
class AccountDetailsService implements UserDetailsService {

	private final UserAccounts users;
	private final SignInFailures failures;
	private final AddressThrottle throttle;
	private final Clock clock;
	private final int maxFailures;
	private final Duration lockTime;

	AccountDetailsService(UserAccounts users, SignInFailures failures, AddressThrottle throttle, Clock clock,
			@Value("${app.login.max-failures:5}") int maxFailures,
			@Value("${app.login.lock-time:15m}") Duration lockTime) {
		this.users = users;
		this.failures = failures;
		this.throttle = throttle;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockTime = lockTime;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount user = users.findByUsername(username).orElse(null);
		// failed sign-ins are in the audit trail (shared by every node): too many lately lock the name a while, and
		// too many from one address lock every name for that client
		boolean locked = throttle.throttled()
				|| failures.since(username, clock.instant().minus(lockTime)) >= maxFailures;
		if (user == null && locked) {
			// a name without an account locks like one, so the answer does not tell which names exist
			return new Account(0, username, username, "", Role.LEAD, 0, "", true, true);
		}
		if (user == null) {
			throw new UsernameNotFoundException(username);
		}
		return new Account(user.getId(), user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
				user.getRole(), user.getOrganization().getId(), user.getOrganization().getName(), user.isEnabled(),
				locked);
	}
}
