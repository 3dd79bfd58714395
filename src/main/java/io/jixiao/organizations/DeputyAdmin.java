package io.jixiao.organizations;

import io.jixiao.system.InvalidInputException;
import io.jixiao.system.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deputies (委托): a reviewer names a colleague of the same organization and role for a date range; on those days
 * the deputy also works on the reviewer's tasks, in the deputy's own name.
 */
@Service
@Transactional
public class DeputyAdmin {

	/** The longest range one deputy may cover (a year), so a typo in the year does not hand tasks over for ages. */
	static final int MAX_DAYS = 366;

	private final Deputies deputies;
	private final UserAccounts users;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ZoneId zone;

	DeputyAdmin(Deputies deputies, UserAccounts users, ApplicationEventPublisher events, Clock clock,
			@Value("${app.time-zone:Asia/Shanghai}") String zone) {
		this.deputies = deputies;
		this.users = users;
		this.events = events;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	/** One deputy as the API shows it: {@code {"id", "deputy": "username", "from", "to"}}. */
	public record Named(long id, String deputy, String deputyName, LocalDate from, LocalDate to) {
	}

	/** An absent reviewer the deputy stands in for today, and their finance section (null if none). */
	public record Absent(long userId, Long sectionId) {
	}

	@Transactional(readOnly = true)
	public List<Named> deputiesOf(Account account) {
		List<Deputy> named = deputies.findByUserIdOrderByFromDate(account.id());
		Map<Long, UserAccount> byId = new java.util.HashMap<>();
		users.findAllById(named.stream().map(Deputy::getDeputyId).distinct().toList())
			.forEach(u -> byId.put(u.getId(), u));
		return named.stream().map(d -> named(d, byId.get(d.getDeputyId()))).toList();
	}

	/** Names a deputy; 422 for another organization or role, oneself, an unknown name or a bad range. */
	public Named name(Account account, String username, LocalDate from, LocalDate to) {
		if (!isReviewer(account.role())) {
			throw new InvalidInputException("deputy.notReviewer");
		}
		UserAccount deputy = (username == null ? java.util.Optional.<UserAccount>empty()
				: users.findByUsernameKey(UserAccount.key(username.strip())))
			.filter(UserAccount::isEnabled)
			.orElseThrow(() -> new InvalidInputException("deputy.unknown", username == null ? "" : username));
		if (deputy.getId() == account.id()) {
			throw new InvalidInputException("deputy.self");
		}
		if (deputy.getRole() != account.role() || deputy.getOrganization().getId() != account.organizationId()) {
			throw new InvalidInputException("deputy.colleague");
		}
		if (from == null || to == null) {
			throw new InvalidInputException("deputy.rangeRequired");
		}
		if (to.isBefore(from) || to.isBefore(today()) || from.plusDays(MAX_DAYS).isBefore(to)) {
			throw new InvalidInputException("deputy.range", MAX_DAYS);
		}
		Deputy saved = deputies.save(new Deputy(account.id(), deputy.getId(), from, to));
		events.publishEvent(new Administered(Administered.Action.DEPUTY_SAVE, account.actor(), Map.of("id",
				saved.getId(), "deputy", deputy.getUsername(), "from", from.toString(), "to", to.toString())));
		return named(saved, deputy);
	}

	/** Ends a deputy the reviewer named; 404 for another's. */
	public void remove(Account account, long id) {
		Deputy deputy = deputies.findById(id).filter(d -> d.getUserId() == account.id())
			.orElseThrow(() -> new NotFoundException("deputy " + id));
		deputies.delete(deputy);
		events.publishEvent(new Administered(Administered.Action.DEPUTY_DELETE, account.actor(), Map.of("id", id)));
	}

	/**
	 * The reviewers this account stands in for today (one statement, so no transaction of its own; none asked for
	 * leads and administrators).
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<Absent> absentFor(Account account) {
		if (!isReviewer(account.role())) {
			return List.of();
		}
		return deputies.absentOn(account.id(), today()).stream()
			.map(row -> new Absent((Long) row[0], (Long) row[1])).toList();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	private static boolean isReviewer(Role role) {
		return role == Role.DEPT_REVIEWER || role == Role.FINANCE_REVIEWER;
	}

	private static Named named(Deputy deputy, UserAccount user) {
		return new Named(deputy.getId(), user == null ? "" : user.getUsername(),
				user == null ? "" : user.getDisplayName(), deputy.getFromDate(), deputy.getToDate());
	}
}
