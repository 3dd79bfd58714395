package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.system.Pager;
import io.jixiao.targets.ListQuery;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TargetTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's task lists: the open tasks (待办, paged, newest first) and what the user did (已办). */
@Service
public class TaskInbox {

	private final EngineQueries engine;
	private final ReviewAccess access;
	private final TableService tables;
	private final ReviewEvents events;
	private final TaskSearch search;
	private final TaskRows rows;
	private final JdbcTemplate jdbc;

	TaskInbox(EngineQueries engine, ReviewAccess access, TableService tables, ReviewEvents events,
			TaskSearch search, TaskRows rows, JdbcTemplate jdbc) {
		this.rows = rows;
		this.jdbc = jdbc;
		this.access = access;
		this.search = search;
		this.engine = engine;
		this.tables = tables;
		this.events = events;
	}

	/** One page of {@link #openTasks(Account)} (newest first) and how many there are in all. */
	public record TaskPage(List<TaskView> tasks, long total, int page, int pages) {
	}

	/**
	 * The open tasks of this user: held by them, or offered to their group and not taken by someone (and a deputy's).
	 * Single-query reads as the page's, so no transaction (at a MySQL server one cost three statements more).
	 */
	public List<TaskView> openTasks(Account account) {
		return page(account, access.inbox(account), true, 0, Integer.MAX_VALUE);
	}

	public TaskPage openTasks(Account account, int page, int size) {
		ReviewAccess.Inbox inbox = access.inbox(account);
		long total = engine.countOpenTasks(inbox.assignees(), inbox.groups());
		Pager pager = Pager.of(page, total, size, "");
		int shown = pager.page();
		int pages = pager.pages();
		int first = pager.offset(size);
		if (first <= total / 2) {
			return new TaskPage(page(account, inbox, true, first, size), total, shown, pages);
		}
		// a page in the second half is read from the oldest end: the database skips fewer rows (the last page of
		// 30,000 tasks took 1.3 s on MariaDB read from the newest end)
		int count = (int) Math.min(size, total - first);
		List<TaskView> oldestFirst = new ArrayList<>(page(account, inbox, false, total - first - count,
				count));
		Collections.reverse(oldestFirst);
		return new TaskPage(oldestFirst, total, shown, pages);
	}

	/**
	 * One page of the open tasks the query selects ({@code size} null: all of them); without a search, filter or
	 * order, {@link #openTasks(Account, int, int)}: single-query reads (the deputies, the count, the page, its
	 * tables), so no transaction, nor any transactional scope around them: in one, the first read's connection stays
	 * with the scope while the engine's query takes a second (20 clients starved a pool of 10). Each read takes and
	 * gives back its own.
	 */
	public TaskPage openTasks(Account account, ListQuery query, int page, Integer size) {
		return query.isEmpty() && size != null ? openTasks(account, page, size) : search.search(account, query, page, size);
	}

	/**
	 * {@code count} of the user's open tasks from {@code offset} in creation order, newest or oldest first, with their
	 * tables ({@link EngineQueries#INBOX_PAGE}).
	 */
	private List<TaskView> page(Account account, ReviewAccess.Inbox inbox, boolean newestFirst, long offset,
			int count) {
		List<Object> args = inbox.arguments();
		args.add(count);
		args.add(offset);
		String sql = inbox.sql(EngineQueries.INBOX_PAGE, newestFirst ? "desc" : "asc");
		return rows.views(account, jdbc.query(sql, (rs, n) -> TaskRows.found(rs), args.toArray()));
	}

	/** What this user did, newest first (已办). */
	@Transactional(readOnly = true)
	public List<DoneView> handled(Account account, int limit) {
		List<ReviewEvent> done = events.findByActorIdOrderByIdDesc(account.id(), PageRequest.of(0, limit));
		Map<Long, TargetTable> byId = tables.byIds(account,
				done.stream().map(ReviewEvent::getTableId).distinct().toList());
		return done.stream().filter(e -> byId.containsKey(e.getTableId()))
			.map(e -> DoneView.of(e, byId.get(e.getTableId())))
			.toList();
	}
}
