package io.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A round counted per status and grade, with the average score (the reviewer's where one re-scored), and per
 * department: how many evaluations and 万元 they cover, submitted, overdue (not submitted after the due date).
 */
record EvaluationOverview(long id, int year, LocalDate dueDate, long evaluations, long submitted, long overdue,
		Map<String, Long> byStatus, Map<String, Long> byGrade, BigDecimal averageScore, List<Department> departments) {

	/** How many evaluations of each department, in their order, were graded {@code grade}: a series of the chart. */
	public List<Long> gradeCounts(String grade) {
		return departments.stream().map(d -> d.byGrade().getOrDefault(grade, 0L)).toList();
	}

	record Department(long id, String name, long evaluations, BigDecimal funds, long submitted, long overdue,
			Map<String, Long> byStatus, Map<String, Long> byGrade, BigDecimal averageScore) {
	}
}
