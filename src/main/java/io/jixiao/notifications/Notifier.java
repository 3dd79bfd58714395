package io.jixiao.notifications;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes notifications in the caller's transaction (text resolved in Chinese now) and reads them per user. */
@Service
@Transactional
public class Notifier {

	private final Notifications notifications;
	private final MessageSource messages;
	private final Clock clock;

	Notifier(Notifications notifications, MessageSource messages, Clock clock) {
		this.notifications = notifications;
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
	 * however many they are (reads the organizations module's users table for that).
	 */
	void tellRole(String role, Long organizationId, NotificationKind kind, long tableId, Object... args) {
		String text = text(kind, args);
		if (organizationId == null) {
			notifications.tellRole(role, clock.instant(), kind.code(), tableId, text);
		}
		else {
			notifications.tellRoleIn(role, organizationId, clock.instant(), kind.code(), tableId, text);
		}
	}

	private String text(NotificationKind kind, Object... args) {
		return messages.getMessage("notify." + kind.code(), args, Locale.SIMPLIFIED_CHINESE);
	}

	@Transactional(readOnly = true)
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
