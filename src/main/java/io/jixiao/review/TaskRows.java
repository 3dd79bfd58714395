package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TargetTable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Open tasks read by SQL (id, step, holder, created, due, the table's id: the first six columns) as the task lists
 * show them, with their tables read in one statement. Without a transaction of its own: 待办's reads must each give
 * their connection back (TaskInbox).
 */
@Component
class TaskRows {

	/** An open task as the page queries read it. */
	record Found(String id, String taskKey, String assignee, Instant created, Instant due, long tableId) {
	}

	private final TableService tables;
	private final Clock clock;

	TaskRows(TableService tables, Clock clock) {
		this.tables = tables;
		this.clock = clock;
	}

	static Found found(ResultSet rs) throws SQLException {
		return new Found(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
				rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getLong(6));
	}

	/** The tasks whose table the user may see, in the given order. */
	List<TaskView> views(Account account, List<Found> found) {
		Map<Long, TargetTable> byId = tables.byIds(account, found.stream().map(Found::tableId).distinct().toList());
		Instant now = clock.instant();
		List<TaskView> views = new ArrayList<>();
		for (Found task : found) {
			TargetTable table = byId.get(task.tableId());
			if (table != null) {
				views.add(TaskView.of(task.id(), Stage.ofTask(task.taskKey()), task.assignee(), task.created(),
						task.due(), table, tables.unitName(table), now));
			}
		}
		return views;
	}
}
