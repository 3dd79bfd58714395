package io.jixiao.review;

import io.jixiao.targets.TableService;
import io.jixiao.targets.TableState;
import io.jixiao.targets.TableStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks that every table's status matches its review process in Flowable: a draft has no running process (or, once
 * withdrawn, one waiting at 退回修改); DEPT_REVIEW, FINANCE_REVIEW, RETURNED and APPROVED wait at 主管部门审核, 财政审核,
 * 退回修改 and 公开决定, an adjustment's proposal (ADJUSTING) at 退回修改 of its adjustment process; PUBLISHED and
 * REJECTED have none; no table has more than one (its review and an adjustment never run at once); no process belongs
 * to a missing table.
 * <p>
 * Set-based: one query for all running processes with their open tasks (held in memory: the tables under way), then
 * the tables' statuses streamed in chunks by id, so the work grows with the number of tables, not the queries. Each
 * read is its own statement, so on a live system a transition committing between the two reads would look like a
 * violation: a violation counts only when a second pass finds it again.
 */
@Component
class InvariantCheck {

	static final int CHUNK = 1000;
	static final int MAX_LISTED = 1000;

	private static final String NONE = "NONE";
	private static final String NO_TASK = "NO_TASK";

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(InvariantCheck.class);

	private final TableService tables;
	private final JdbcTemplate jdbc;
	private final MessageSource messages;

	InvariantCheck(TableService tables, JdbcTemplate jdbc, MessageSource messages) {
		this.tables = tables;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * A table whose status does not match its process. {@code status} is null for a process whose table does not
	 * exist; {@code processState} is NONE, the task key the process waits at (NO_TASK for none), or several of those
	 * joined by commas when the table has more than one running process.
	 */
	record Violation(Long tableId, String status, String processState, String message) {
	}

	/** Tables checked, running processes seen, the violations (at most {@value #MAX_LISTED} listed). */
	record Result(long tables, long processes, long violationCount, List<Violation> violations, boolean ok) {
	}

	Result check() {
		Pass first = pass();
		if (first.violations.isEmpty()) {
			return first.result();
		}
		Pass second = pass();
		Set<Violation> seenBefore = new HashSet<>(first.violations);
		List<Violation> confirmed = second.violations.stream().filter(seenBefore::contains).toList();
		log.warn("Invariant check: {} of {} tables do not match their review process", confirmed.size(),
				second.tables);
		return new Pass(second.tables, second.processes, confirmed).result();
	}

	private record Pass(long tables, long processes, List<Violation> violations) {

		Result result() {
			return new Result(tables, processes, violations.size(),
					violations.size() > MAX_LISTED ? violations.subList(0, MAX_LISTED) : violations,
					violations.isEmpty());
		}
	}

	private Pass pass() {
		// process instance id → business key and task keys, read first: tables are read afterwards
		Map<String, String> keyOf = new HashMap<>();
		Map<String, List<String>> tasksOf = new LinkedHashMap<>();
		// a table's review and its adjustments are processes of their own, each counting as one of the table's
		for (String processKey : Stage.KEYS) {
			jdbc.query(EngineQueries.RUNNING, rs -> {
				String process = rs.getString(1);
				keyOf.put(process, rs.getString(2));
				List<String> tasks = tasksOf.computeIfAbsent(process, p -> new ArrayList<>(1));
				String task = rs.getString(3);
				if (task != null) {
					tasks.add(task);
				}
			}, processKey);
		}

		List<Violation> violations = new ArrayList<>();
		// table id → the state of each of its running processes
		Map<Long, List<String>> running = new HashMap<>();
		tasksOf.forEach((process, tasks) -> {
			String state = tasks.isEmpty() ? NO_TASK : String.join("+", tasks);
			Long tableId = parse(keyOf.get(process));
			if (tableId == null) {
				violations.add(new Violation(null, null, state, missing(keyOf.get(process), List.of(state))));
			}
			else {
				running.computeIfAbsent(tableId, id -> new ArrayList<>(1)).add(state);
			}
		});

		long count = 0;
		long after = 0;
		while (true) {
			List<TableState> chunk = tables.statesAfter(after, CHUNK);
			for (TableState table : chunk) {
				List<String> states = running.remove(table.id());
				List<String> actual = states == null ? List.of() : states;
				if (!matches(table.status(), actual)) {
					violations.add(new Violation(table.id(), table.status().name(), describe(actual),
							text("invariants.violation", String.valueOf(table.id()),
									text("status." + table.status().name()), explain(actual))));
				}
			}
			count += chunk.size();
			if (chunk.size() < CHUNK) {
				break;
			}
			after = chunk.get(chunk.size() - 1).id();
		}
		// processes left over belong to no table
		running.forEach((tableId, states) -> violations.add(new Violation(tableId, null, describe(states),
				missing(String.valueOf(tableId), states))));
		return new Pass(count, tasksOf.size(), violations);
	}

	/** Whether a table in this status may have these running processes (each given by the task it waits at). */
	static boolean matches(TableStatus status, List<String> processes) {
		return switch (status) {
			// a draft has no process before its first submission
			case DRAFT -> processes.isEmpty() || waitsAt(processes, Stage.of(status));
			case DEPT_REVIEW, FINANCE_REVIEW, RETURNED, APPROVED, ADJUSTING -> waitsAt(processes, Stage.of(status));
			case PUBLISHED, REJECTED -> processes.isEmpty();
		};
	}

	private static boolean waitsAt(List<String> processes, Stage stage) {
		return processes.size() == 1 && processes.get(0).equals(stage.taskKey());
	}

	private static String describe(List<String> processes) {
		return processes.isEmpty() ? NONE : String.join(",", processes);
	}

	private String explain(List<String> processes) {
		if (processes.isEmpty()) {
			return text("invariants.process.none");
		}
		if (processes.size() > 1) {
			return text("invariants.process.several", String.valueOf(processes.size()),
					String.join("、", processes.stream().map(this::label).toList()));
		}
		return processes.get(0).equals(NO_TASK) ? text("invariants.process.noTask")
				: text("invariants.process.at", label(processes.get(0)));
	}

	private String missing(String businessKey, List<String> processes) {
		return text("invariants.tableMissing", String.valueOf(businessKey), explain(processes));
	}

	/** The stage's name for a task key; the key itself for anything the process does not know. */
	private String label(String taskKey) {
		for (Stage stage : Stage.values()) {
			if (stage.taskKey().equals(taskKey)) {
				return text("stage." + stage.name());
			}
		}
		return taskKey;
	}

	private static Long parse(String businessKey) {
		try {
			return businessKey == null ? null : Long.valueOf(businessKey.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}
}
