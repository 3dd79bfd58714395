package io.jixiao.organizations;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for Spring Security: the account, its organization and its recent failed sign-ins in one statement
 * outside a transaction, since every API call signs in (HTTP Basic).
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final NamedParameterJdbcTemplate jdbc;
	private final AddressThrottle throttle;
	private final Clock clock;
	private final int maxFailures;
	private final Duration lockTime;
	private final String query;
	private final String failuresOfUnknownName;

	AccountDetailsService(NamedParameterJdbcTemplate jdbc, SignInFailures failures, AddressThrottle throttle, Clock clock,
			@Value("${app.login.max-failures:5}") int maxFailures,
			@Value("${app.login.lock-time:15m}") Duration lockTime) {
		this.jdbc = jdbc;
		this.throttle = throttle;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockTime = lockTime;
		// failed sign-ins are in the audit trail (shared by every node): too many lately lock the account a while
		this.query = "select u.id, u.username, u.display_name, u.password_hash, u.role, o.id organization_id,"
				+ " o.name organization_name, u.enabled, u.section_id, " + failures.countSinceSql() + " failures"
				+ " from users u join organizations o on o.id = u.organization_id where u.username_key = :username";
		this.failuresOfUnknownName = "select " + failures.countSinceSql();
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		// the product stores UTC wall-clock times (hibernate.jdbc.time_zone), so the moment is bound as one
		LocalDateTime since = LocalDateTime.ofInstant(clock.instant().minus(lockTime), ZoneOffset.UTC);
		// one account whatever the case typed, and its failures counted together
		Map<String, Object> parameters = Map.of("username", UserAccount.key(username), "since", since);
		// too many failures from one address lock every name for that client
		boolean throttled = throttle.throttled();
		Account account = jdbc.query(query, parameters, rows -> !rows.next() ? null
				: new Account(rows.getLong("id"), rows.getString("username"), rows.getString("display_name"),
						rows.getString("password_hash"), Role.valueOf(rows.getString("role")),
						rows.getLong("organization_id"), rows.getString("organization_name"), rows.getBoolean("enabled"),
						throttled || rows.getLong("failures") >= maxFailures,
						rows.getObject("section_id") == null ? null : rows.getLong("section_id")));
		if (account != null) {
			return account;
		}
		// a name without an account locks like one, so the answer does not tell which names exist
		if (throttled || jdbc.queryForObject(failuresOfUnknownName, parameters, Long.class) >= maxFailures) {
			return new Account(0, username, username, "", Role.LEAD, 0, "", true, true);
		}
		throw new UsernameNotFoundException(username);
	}
}
