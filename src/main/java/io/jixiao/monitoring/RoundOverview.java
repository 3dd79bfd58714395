package io.jixiao.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A round counted per status and light, and per department: how many reports, submitted, overdue (not submitted
 * after the due date), and per light (a report not filled yet has none).
 */
record RoundOverview(long id, int year, String period, LocalDate dueDate, long reports, long submitted,
		long overdue, Map<String, Long> byStatus, Map<String, Long> byLight, List<Department> departments) {

	record Department(long id, String name, long reports, long submitted, long overdue, long green, long yellow,
			long red, Map<String, Long> byStatus) {
	}
}
