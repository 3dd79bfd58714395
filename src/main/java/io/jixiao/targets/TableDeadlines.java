package io.jixiao.targets;

/**
 * When a table's open review task is due, as the table list filters (overdue) and orders (due) by it: the review
 * module owns the process's tables, so it writes the SQL.
 */
public interface TableDeadlines {

	/** SQL: the due date of the open review task of the table whose id the given column holds (null without one). */
	String dueOf(String tableIdColumn);
}
