package io.jixiao.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two versions of a table: header fields, and indicator rows added, removed and changed.
 * Rows are matched by their name (names are unique within a table; repeated names pair up in order).
 */
public record TableDiff(int from, int to, List<FieldChange> header, List<RowChange> added, List<RowChange> removed,
		List<RowChange> changed) {

	/** One field: its code (as in the API, e.g. {@code totalFunds} or {@code value}), before and after. */
	public record FieldChange(String field, String before, String after) {
	}

	/** One indicator row: where it stands, and for changed rows the fields that differ. */
	public record RowChange(String name, String level1, String level2, List<FieldChange> fields) {
	}

	public boolean isEmpty() {
		return header.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
	}

	private static final Map<String, Function<TableContent, Object>> HEADER = headerFields();
	private static final Map<String, Function<Indicator, Object>> ROW = rowFields();

	/** The difference between two submitted versions of one table. */
	public static TableDiff of(TableVersion from, TableVersion to) {
		return between(from.getNumber(), from.content(), to.getNumber(), to.content());
	}

	static TableDiff between(int fromNumber, TableContent from, int toNumber, TableContent to) {
		List<FieldChange> header = new ArrayList<>();
		HEADER.forEach((field, getter) -> compare(field, getter.apply(from), getter.apply(to), header));

		Map<String, List<Indicator>> before = byName(from.indicators());
		Map<String, List<Indicator>> after = byName(to.indicators());
		List<RowChange> added = new ArrayList<>();
		List<RowChange> removed = new ArrayList<>();
		List<RowChange> changed = new ArrayList<>();
		after.forEach((name, rows) -> {
			List<Indicator> old = before.getOrDefault(name, List.of());
			for (int i = 0; i < rows.size(); i++) {
				Indicator now = rows.get(i);
				if (i >= old.size()) {
					added.add(new RowChange(name, now.getLevel1(), now.getLevel2(), List.of()));
					continue;
				}
				List<FieldChange> fields = new ArrayList<>();
				Indicator was = old.get(i);
				ROW.forEach((field, getter) -> compare(field, getter.apply(was), getter.apply(now), fields));
				if (!fields.isEmpty()) {
					changed.add(new RowChange(name, now.getLevel1(), now.getLevel2(), fields));
				}
			}
		});
		before.forEach((name, rows) -> {
			int kept = after.getOrDefault(name, List.of()).size();
			rows.stream().skip(kept)
				.forEach(was -> removed.add(new RowChange(name, was.getLevel1(), was.getLevel2(), List.of())));
		});
		return new TableDiff(fromNumber, toNumber, header, added, removed, changed);
	}

	private static void compare(String field, Object before, Object after, List<FieldChange> into) {
		String a = text(before);
		String b = text(after);
		if (!Objects.equals(a, b)) {
			into.add(new FieldChange(field, a, b));
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		String s = value.toString().strip();
		return s.isEmpty() ? null : s;
	}

	private static Map<String, List<Indicator>> byName(List<Indicator> rows) {
		Map<String, List<Indicator>> map = new LinkedHashMap<>();
		rows.forEach(row -> map.computeIfAbsent(row.getName(), name -> new ArrayList<>()).add(row));
		return map;
	}

	private static Map<String, Function<TableContent, Object>> headerFields() {
		Map<String, Function<TableContent, Object>> fields = new LinkedHashMap<>();
		fields.put("projectName", TableContent::projectName);
		fields.put("projectLead", TableContent::projectLead);
		fields.put("implementingUnit", TableContent::implementingUnit);
		fields.put("functionCode", TableContent::functionCode);
		fields.put("contactPerson", TableContent::contactPerson);
		fields.put("contactPhone", TableContent::contactPhone);
		fields.put("totalFunds", TableContent::totalFunds);
		fields.put("fiscalFunds", TableContent::fiscalFunds);
		fields.put("otherFunds", TableContent::otherFunds);
		fields.put("fiscalUpper", TableContent::fiscalUpper);
		fields.put("fiscalLocal", TableContent::fiscalLocal);
		fields.put("overallGoal", TableContent::overallGoal);
		fields.put("satisfactionNotApplicable", TableContent::satisfactionNotApplicable);
		fields.put("satisfactionReason", TableContent::satisfactionReason);
		return fields;
	}

	private static Map<String, Function<Indicator, Object>> rowFields() {
		Map<String, Function<Indicator, Object>> fields = new LinkedHashMap<>();
		fields.put("level1", Indicator::getLevel1);
		fields.put("level2", Indicator::getLevel2);
		fields.put("value", Indicator::getValue);
		fields.put("basis", Indicator::getBasis);
		fields.put("lastYearValue", Indicator::getLastYearValue);
		fields.put("weight", Indicator::getWeight);
		fields.put("scoringRule", Indicator::getScoringRule);
		fields.put("evidence", Indicator::getEvidence);
		fields.put("justification", Indicator::getJustification);
		return fields;
	}
}
