package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.OrganizationSql;
import io.jixiao.system.Pager;
import io.jixiao.targets.ListQuery;
import io.jixiao.targets.TableSql;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 待办 searched, filtered or ordered: the user's open tasks joined to their tables, units and departments, counted and
 * paged by the database (the page with the count, then the page's tables), however many tasks there are.
 */
@Service
@Transactional(readOnly = true)
class TaskSearch {

	private final JdbcTemplate jdbc;
	private final TaskRows rows;
	private final ReviewAccess access;
	private final Clock clock;

	TaskSearch(JdbcTemplate jdbc, TaskRows rows, ReviewAccess access, Clock clock) {
		this.access = access;
		this.jdbc = jdbc;
		this.rows = rows;
		this.clock = clock;
	}

	/** The page of the user's open tasks the query selects ({@code size} null: all of them) and how many match. */
	TaskInbox.TaskPage search(Account account, ListQuery query, int page, Integer size) {
		// as the unfiltered page: a deputy's list also holds the absent reviewer's tasks
		ReviewAccess.Inbox inbox = access.inbox(account);
		List<Object> args = inbox.arguments();
		StringBuilder where = new StringBuilder();
		conditions(query, where, args, Timestamp.from(clock.instant()));
		int limit = size == null ? Integer.MAX_VALUE : size;
		int asked = Math.max(page, 0);
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(limit);
		pageArgs.add((long) asked * limit);
		long[] matching = { -1 };
		String from;
		List<TaskRows.Found> found;
		if (query.onTasksAlone()) {
			// newest first on the task alone: the page walks the creation index; one that is neither full nor past
			// the end tells the count itself
			from = inbox.sql(EngineQueries.MY_OPEN_TASKS) + where;
			found = jdbc.query(EngineQueries.MY_OPEN_TASKS_PAGE.formatted(from), (rs, n) -> TaskRows.found(rs),
					pageArgs.toArray());
			if (found.size() < limit && (!found.isEmpty() || asked == 0)) {
				matching[0] = (long) asked * limit + found.size();
			}
		}
		else {
			// the page with the count of all that match, in one statement
			from = inbox.sql(EngineQueries.MY_TASKS) + TableSql.joinTable("vt.LONG_")
					+ OrganizationSql.joinUnit("tt.unit_id", false) + " where t.SUSPENSION_STATE_ = 1" + where;
			found = jdbc.query("select t.ID_, t.TASK_DEF_KEY_, t.ASSIGNEE_, t.CREATE_TIME_, t.DUE_DATE_, vt.LONG_,"
					+ " count(*) over ()" + from + order(query) + " limit ? offset ?", (rs, n) -> {
						matching[0] = rs.getLong(7);
						return TaskRows.found(rs);
					}, pageArgs.toArray());
		}
		// past the last page (or a full page of the tasks alone) nothing tells the count: asked apart
		long total = matching[0] >= 0 ? matching[0] : found.isEmpty() && asked == 0 ? 0
				: Objects.requireNonNullElse(jdbc.queryForObject("select count(*)" + from, Long.class,
						args.toArray()), 0L);
		Pager pager = Pager.of(asked, total, limit, "");
		return new TaskInbox.TaskPage(rows.views(account, found), total, pager.page(), pager.pages());
	}

	/** The query's conditions on the task (stage, overdue) and on its table (TableSql). */
	static void conditions(ListQuery query, StringBuilder where, List<Object> args, Timestamp now) {
		if (query.stage() != null) {
			where.append(" and t.TASK_DEF_KEY_ = ?");
			args.add(Stage.valueOf(query.stage()).taskKey());
		}
		if (query.overdue()) {
			where.append(" and t.DUE_DATE_ < ?");
			args.add(now);
		}
		TableSql.where(query, where, args);
	}

	/** The query's order, ties by task id; without one newest first. */
	static String order(ListQuery query) {
		if (query.sort() == null) {
			return " order by t.CREATE_TIME_ desc, t.ID_ desc";
		}
		String column = switch (query.sort()) {
			// the youngest first: the latest created
			case AGE -> "t.CREATE_TIME_" + (query.descending() ? " asc" : " desc");
			// tasks without a due date last, either way
			case DUE -> "coalesce(t.DUE_DATE_, timestamp '" + (query.descending() ? "1000-01-01" : "9999-12-31")
					+ " 00:00:00')" + query.direction();
			case AMOUNT, NAME -> TableSql.orderColumn(query.sort()) + query.direction();
		};
		// ties in the same direction as the order: for the age, the later created (higher id) is the younger
		String tie = query.sort() != ListQuery.Sort.AGE ? query.direction() : query.descending() ? " asc" : " desc";
		return " order by " + column + ", t.ID_" + tie;
	}
}
