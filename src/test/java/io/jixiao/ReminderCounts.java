package io.jixiao;

import java.util.function.LongSupplier;
import org.springframework.jdbc.core.JdbcTemplate;

/** The in-app reminders the engine's executor writes on its own thread, counted by the tests of reminder timers. */
public final class ReminderCounts {

	private ReminderCounts() {
	}

	/** Notifications of {@code kind} under the table that {@code username} received, their text holding {@code text}. */
	public static long count(JdbcTemplate jdbc, long tableId, String kind, String username, String text) {
		return jdbc.queryForObject("select count(*) from notifications n join users u on u.id = n.user_id"
				+ " where n.table_id = ? and n.kind = ? and u.username = ? and n.message like ?", Long.class, tableId,
				kind, username, "%" + text + "%");
	}

	/** Waits until the executor wrote a reminder, then a while longer to see that it writes no second one. */
	public static long settled(LongSupplier count) throws InterruptedException {
		for (int i = 0; i < 100 && count.getAsLong() == 0; i++) {
			Thread.sleep(100);
		}
		Thread.sleep(1500);
		return count.getAsLong();
	}
}
