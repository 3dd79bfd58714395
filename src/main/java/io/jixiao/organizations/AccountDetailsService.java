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
	private final Clock clock;
	private final int maxFailures;
	private final Duration lockTime;
	private final String query;

	AccountDetailsService(NamedParameterJdbcTemplate jdbc, SignInFailures failures, Clock clock,
			@Value("${app.login.max-failures:5}") int maxFailures,
			@Value("${app.login.lock-time:15m}") Duration lockTime) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockTime = lockTime;
		// failed sign-ins are in the audit trail (shared by every node): too many lately lock the account a while
		this.query = "select u.id, u.username, u.display_name, u.password_hash, u.role, o.id organization_id,"
				+ " o.name organization_name, u.enabled, " + failures.countSinceSql() + " failures"
				+ " from users u join organizations o on o.id = u.organization_id where u.username = :username";
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		// the product stores UTC wall-clock times (hibernate.jdbc.time_zone), so the moment is bound as one
		LocalDateTime since = LocalDateTime.ofInstant(clock.instant().minus(lockTime), ZoneOffset.UTC);
		return jdbc.query(query, Map.of("username", username, "since", since), rows -> {
			if (!rows.next()) {
				throw new UsernameNotFoundException(username);
			}
			return new Account(rows.getLong("id"), rows.getString("username"), rows.getString("display_name"),
					rows.getString("password_hash"), Role.valueOf(rows.getString("role")),
					rows.getLong("organization_id"), rows.getString("organization_name"), rows.getBoolean("enabled"),
					rows.getLong("failures") >= maxFailures);
		});
	}
}
