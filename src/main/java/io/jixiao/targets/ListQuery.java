package io.jixiao.targets;

import io.jixiao.system.InvalidInputException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The search, filters and order of a list of tables or tasks (the table list, 待办, the board), as the API and the
 * pages take them: {@code q} (part of the project name), {@code year}, {@code department}, {@code unit},
 * {@code stage}, {@code status}, {@code grade}, {@code overdue=true}, {@code section} (the finance section managing
 * the table's department) and {@code sort} ({@code age}, {@code due},
 * {@code amount} or {@code name}, each with {@code ,desc}). A value the list does not know is refused (422), never
 * read as "no filter".
 */
public record ListQuery(String q, Integer year, Long department, Long unit, String stage, TableStatus status,
		Grade grade, boolean overdue, Long section, Sort sort, boolean descending) {

	/** The longest search text: a project name holds at most 300 characters. */
	static final int MAX_QUERY = 300;

	/** The stages of the review and the status a table has while it waits at each. */
	private static final Map<String, TableStatus> STAGES = Map.of("DEPT_REVIEW", TableStatus.DEPT_REVIEW,
			"FINANCE_REVIEW", TableStatus.FINANCE_REVIEW, "REVISE", TableStatus.RETURNED, "PUBLICATION",
			TableStatus.APPROVED);

	/** What a list can be ordered by. */
	public enum Sort {
		/** Youngest first (oldest first with {@code ,desc}). */
		AGE,
		/** Nearest due date first. */
		DUE,
		/** Smallest 资金总额 first. */
		AMOUNT,
		/** By project name. */
		NAME
	}

	/** No search, no filter, each list's own order. */
	public static final ListQuery NONE = new ListQuery(null, null, null, null, null, null, null, false, null, null,
			false);

	/** The query the request parameters give (others, such as {@code page}, are left to the list). */
	public static ListQuery of(Map<String, String> parameters) {
		String q = text(parameters.get("q"));
		if (q != null && q.length() > MAX_QUERY) {
			throw new InvalidInputException("list.queryTooLong", MAX_QUERY);
		}
		Integer year = number(parameters, "year", 2000, 2100);
		Long department = id(parameters, "department");
		Long unit = id(parameters, "unit");
		String stage = text(parameters.get("stage"));
		if (stage != null && !STAGES.containsKey(stage)) {
			throw unknown("stage", stage);
		}
		TableStatus status = choice(parameters, "status", TableStatus.values());
		String gradeLabel = text(parameters.get("grade"));
		Grade grade = gradeLabel == null ? null : Arrays.stream(Grade.values())
			.filter(g -> g.label().equals(gradeLabel)).findFirst().orElseThrow(() -> unknown("grade", gradeLabel));
		String overdue = text(parameters.get("overdue"));
		if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
			throw unknown("overdue", overdue);
		}
		String sortText = text(parameters.get("sort"));
		Sort sort = null;
		boolean descending = false;
		if (sortText != null) {
			String[] parts = sortText.split(",", -1);
			sort = Arrays.stream(Sort.values()).filter(s -> s.name().toLowerCase(Locale.ROOT).equals(parts[0]))
				.findFirst().orElseThrow(() -> unknown("sort", sortText));
			if (parts.length > 2 || (parts.length == 2 && !parts[1].equals("desc") && !parts[1].equals("asc"))) {
				throw unknown("sort", sortText);
			}
			descending = parts.length == 2 && parts[1].equals("desc");
		}
		return new ListQuery(q, year, department, unit, stage, status, grade, "true".equals(overdue),
				id(parameters, "section"), sort, descending);
	}

	/** Whether nothing is searched, filtered or ordered: the list as it always was. */
	public boolean isEmpty() {
		return equals(NONE);
	}

	/** Whether a condition or order reads the table's own columns (not only the task's). */
	public boolean readsTables() {
		return q != null || year != null || unit != null || status != null || grade != null
				|| sort == Sort.AMOUNT || sort == Sort.NAME;
	}

	/** Whether a condition or order reads the table's unit or department (the department, section, order by name). */
	public boolean readsUnits() {
		return department != null || section != null || sort == Sort.NAME;
	}

	/**
	 * Whether only the task's own columns are asked for (stage, overdue) in the default order: a task list can then
	 * walk the tasks' creation index and read the page's tables alone.
	 */
	public boolean onTasksAlone() {
		return !readsUnits() && !readsTables() && sort == null;
	}

	/** The status of a table waiting at {@link #stage} (null without a stage). */
	public TableStatus stageStatus() {
		return stage == null ? null : STAGES.get(stage);
	}

	/** The filters as request parameters, for links that keep them (paging, export, sorting by a header). */
	public Map<String, Object> parameters() {
		Map<String, Object> kept = new LinkedHashMap<>();
		put(kept, "q", q);
		put(kept, "year", year);
		put(kept, "department", department);
		put(kept, "unit", unit);
		put(kept, "stage", stage);
		put(kept, "status", status);
		put(kept, "grade", grade == null ? null : grade.label());
		put(kept, "overdue", overdue ? "true" : null);
		put(kept, "section", section);
		put(kept, "sort", sortParameter());
		return kept;
	}

	/** The {@code sort} parameter as written ({@code due,desc}), or null. */
	public String sortParameter() {
		return sort == null ? null : sort.name().toLowerCase(Locale.ROOT) + (descending ? ",desc" : "");
	}

	/** SQL: {@code asc} or {@code desc} for an order whose ascending direction is the column's. */
	public String direction() {
		return descending ? " desc" : " asc";
	}

	private static void put(Map<String, Object> into, String name, Object value) {
		if (value != null) {
			into.put(name, value);
		}
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Integer number(Map<String, String> parameters, String name, int min, int max) {
		String value = text(parameters.get(name));
		if (value == null) {
			return null;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException e) {
			// refused below
		}
		throw unknown(name, value);
	}

	private static Long id(Map<String, String> parameters, String name) {
		String value = text(parameters.get(name));
		if (value == null) {
			return null;
		}
		try {
			long id = Long.parseLong(value);
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException e) {
			// refused below
		}
		throw unknown(name, value);
	}

	private static <E extends Enum<E>> E choice(Map<String, String> parameters, String name, E[] values) {
		String value = text(parameters.get(name));
		return value == null ? null : Arrays.stream(values).filter(v -> v.name().equals(value)).findFirst()
			.orElseThrow(() -> unknown(name, value));
	}

	private static InvalidInputException unknown(String name, String value) {
		return new InvalidInputException("list.unknown", name, value);
	}
}
