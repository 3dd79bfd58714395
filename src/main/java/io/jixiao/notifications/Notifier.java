package io.jixiao.notifications;

import io.jixiao.organizations.OrganizationSql;
import io.jixiao.system.PlainText;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Calendar;
import java.util.TimeZone;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes notifications in the caller's transaction (text resolved in Chinese now) and reads them per user. */
@Service
@Transactional
public class Notifier {

	private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
	/** The column of notifications.message. */
	private static final int MESSAGE_LENGTH = 500;

	private final Notifications notifications;
	private final JdbcTemplate jdbc;
	private final MessageSource messages;
	private final Clock clock;

	Notifier(Notifications notifications, JdbcTemplate jdbc, MessageSource messages, Clock clock) {
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	/** Tells each user once. */
	void tell(Collection<Long> userIds, NotificationKind kind, Long tableId, Object... args) {
		String text = text(kind, args);
		userIds.stream().distinct()
			.forEach(user -> notifications.save(new Notification(user, clock.instant(), kind.code(), tableId, text)));
	}

	/**
	 * Tells every enabled account with this role, in the given organization or in any when it is null: one statement
	 * however many they are (an insert from the organizations module's selection of its users).
	 */
	void tellRole(String role, Long organizationId, NotificationKind kind, long tableId, Object... args) {
		String text = text(kind, args);
		String sql = "insert into notifications (user_id, created_at, kind, table_id, message) select u.id, ?, ?, ?, ?"
				+ OrganizationSql.fromActiveUsers(organizationId != null);
		jdbc.update(sql, statement -> {
			// in UTC, as Hibernate writes the notifications it saves (hibernate.jdbc.time_zone)
			statement.setTimestamp(1, Timestamp.from(clock.instant()), Calendar.getInstance(UTC));
			statement.setString(2, kind.code());
			statement.setLong(3, tableId);
			statement.setString(4, text);
			statement.setString(5, role);
			if (organizationId != null) {
				statement.setLong(6, organizationId);
			}
		});
	}

	/** The notification's text in Chinese, as stored (and as e-mailed). */
	String text(NotificationKind kind, Object... args) {
		// a comment and a project name together may be longer than the column: the notification links to the whole
		return PlainText.cut(messages.getMessage("notify." + kind.code(), args, Locale.SIMPLIFIED_CHINESE),
				MESSAGE_LENGTH);
	}

	// on every page: one query without a transaction (a read-only one costs MySQL three statements more)
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public long unread(long userId) {
		return notifications.countByUserIdAndReadAtIsNull(userId);
	}

	@Transactional(readOnly = true)
	public List<Notification> latest(long userId, int limit) {
		return notifications.findByUserIdOrderByIdDesc(userId, PageRequest.of(0, limit));
	}

	public void markAllRead(long userId) {
		notifications.markAllRead(userId, clock.instant());
	}
}
