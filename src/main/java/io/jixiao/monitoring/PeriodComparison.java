package io.jixiao.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A report against the same table's report of the previous period of its year (1—7月 against 1—4月), for the
 * reviewer: the report's light then and now, and each indicator whose 全年预计完成值, 完成目标可能性 or light changed. Rows
 * are matched by their levels and name, so an indicator the table gained or lost by an adjustment shows as such.
 *
 * @param previousId the previous period's report
 * @param changes the indicators that changed, in the order of this report, then those only the previous one had
 */
record PeriodComparison(long previousId, String period, String previousLight, String light, List<Change> changes) {

	/** How an indicator compares: changed figures, or only in this report, or only in the previous one. */
	enum Kind {
		CHANGED, ADDED, REMOVED
	}

	record Change(Kind kind, String name, String target, String previousExpected, String expected,
			String previousLikelihood, String likelihood, String previousLight, String light) {
	}

	public boolean lightChanged() {
		return !Objects.equals(previousLight, light);
	}

	static PeriodComparison of(ReportView current, MonitoringReport previous, Period period) {
		Map<String, ReportRow> before = new LinkedHashMap<>();
		previous.getRows().forEach(row -> before.putIfAbsent(key(row.getLevel1(), row.getLevel2(), row.getName()), row));
		List<Change> changes = new ArrayList<>();
		for (ReportView.Row row : current.indicators()) {
			ReportRow then = before.remove(key(row.level1(), row.level2(), row.name()));
			if (then == null) {
				changes.add(new Change(Kind.ADDED, row.name(), row.target(), null, row.expectedFullYear(), null,
						row.likelihood(), null, row.light()));
				continue;
			}
			String thenLight = name(then.getLight());
			if (!Objects.equals(then.getExpectedFullYear(), row.expectedFullYear())
					|| !Objects.equals(then.getLikelihood(), row.likelihood()) || !Objects.equals(thenLight, row.light())) {
				changes.add(new Change(Kind.CHANGED, row.name(), row.target(), then.getExpectedFullYear(),
						row.expectedFullYear(), then.getLikelihood(), row.likelihood(), thenLight, row.light()));
			}
		}
		before.values().forEach(then -> changes.add(new Change(Kind.REMOVED, then.getName(), then.getTarget(),
				then.getExpectedFullYear(), null, then.getLikelihood(), null, name(then.getLight()), null)));
		return new PeriodComparison(previous.getId(), period.code(), name(previous.getLight()), current.light(),
				changes);
	}

	private static String key(String level1, String level2, String name) {
		return level1 + '\u0000' + level2 + '\u0000' + name;
	}

	private static String name(Light light) {
		return light == null ? null : light.name();
	}
}
