package io.jixiao.targets;

import io.jixiao.checks.Finding;
import io.jixiao.checks.RuleSet;
import io.jixiao.checks.Severity;
import io.jixiao.checks.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What the drafting form needs beyond the rows themselves: groups with subtotals, level choices, row actions. */
final class DraftingView {

	private static final String SEPARATOR = "|";

	private DraftingView() {
	}

	/** A run of consecutive rows with the same level 1 and level 2, as the official layout merges them. */
	record Group(String level1, String level2, List<Integer> rows, BigDecimal weight, boolean firstOfLevel1,
			int level1Rows, BigDecimal level1Weight) {
	}

	/** Weight totals: per level 1 and overall. */
	record Totals(Map<String, BigDecimal> perLevel1, BigDecimal total) {
	}

	static Map<String, List<String>> frame(RuleSet ruleSet, TableKind kind) {
		return IndicatorOrder.frame(kind, ruleSet.getFormat());
	}

	static String levelsKey(String level1, String level2) {
		return (level1 == null ? "" : level1) + SEPARATOR + (level2 == null ? "" : level2);
	}

	static String[] splitLevels(String levels) {
		if (levels == null) {
			return new String[] { "", "" };
		}
		int at = levels.indexOf(SEPARATOR);
		return at < 0 ? new String[] { levels.strip(), "" }
				: new String[] { levels.substring(0, at).strip(), levels.substring(at + 1).strip() };
	}

	/** Rows in persisted order, cut into groups wherever level 1 or level 2 changes. */
	static List<Group> groups(List<Indicator> rows) {
		List<String[]> keys = new ArrayList<>();
		List<List<Integer>> members = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Indicator row = rows.get(i);
			String[] key = { row.getLevel1(), row.getLevel2() };
			if (keys.isEmpty() || !sameLevels(keys.get(keys.size() - 1), key)) {
				keys.add(key);
				members.add(new ArrayList<>());
			}
			members.get(members.size() - 1).add(i);
		}
		List<Group> groups = new ArrayList<>();
		for (int g = 0; g < keys.size(); g++) {
			String level1 = keys.get(g)[0];
			boolean first = g == 0 || !Objects.equals(keys.get(g - 1)[0], level1);
			int level1Rows = 0;
			BigDecimal level1Weight = BigDecimal.ZERO;
			for (int h = g; h < keys.size() && Objects.equals(keys.get(h)[0], level1); h++) {
				level1Rows += members.get(h).size();
				level1Weight = level1Weight.add(weight(rows, members.get(h)));
			}
			groups.add(new Group(level1, keys.get(g)[1], members.get(g), weight(rows, members.get(g)), first,
					level1Rows, level1Weight));
		}
		return groups;
	}

	static Totals totals(List<Indicator> rows) {
		Map<String, BigDecimal> perLevel1 = new LinkedHashMap<>();
		BigDecimal total = BigDecimal.ZERO;
		for (Indicator row : rows) {
			BigDecimal w = row.getWeight() == null ? BigDecimal.ZERO : row.getWeight();
			perLevel1.merge(row.getLevel1(), w, BigDecimal::add);
			total = total.add(w);
		}
		return new Totals(perLevel1, total);
	}

	/** The level choices of the rule set's frame, plus any pair the form already uses (imported tables). */
	static List<String> levelOptions(RuleSet ruleSet, TableForm form) {
		Set<String> options = new LinkedHashSet<>();
		frame(ruleSet, form.getKind()).forEach((level1, level2s) -> level2s
			.forEach(level2 -> options.add(levelsKey(level1, level2))));
		form.getIndicators().forEach(row -> options.add(levelsKey(row.getLevel1(), row.getLevel2())));
		return List.copyOf(options);
	}

	/** A new table starts with one empty row under the first level 2 of each level 1 of the frame. */
	static List<IndicatorForm> startingRows(RuleSet ruleSet, TableKind kind) {
		List<IndicatorForm> rows = new ArrayList<>();
		frame(ruleSet, kind).forEach((level1, level2s) -> {
			if (!level2s.isEmpty()) {
				rows.add(new IndicatorForm(level1, level2s.get(0)));
			}
		});
		if (kind == TableKind.UNIT && rows.size() > 1) {
			return rows.subList(0, 1);
		}
		return rows;
	}

	/**
	 * Applies "add:level1|level2", "remove:i", "up:i" or "down:i" to the form's rows. A new row goes after the last
	 * row of its group (or at the end), so the persisted order stays exactly what the drafter sees.
	 */
	static void applyRowAction(TableForm form, String action) {
		List<IndicatorForm> rows = form.getIndicators();
		int colon = action.indexOf(':');
		if (colon < 0) {
			return;
		}
		String verb = action.substring(0, colon);
		String argument = action.substring(colon + 1);
		switch (verb) {
			case "add" -> {
				String[] levels = splitLevels(argument);
				int at = rows.size();
				for (int i = 0; i < rows.size(); i++) {
					if (sameLevels(new String[] { rows.get(i).getLevel1(), rows.get(i).getLevel2() }, levels)) {
						at = i + 1;
					}
				}
				rows.add(at, new IndicatorForm(levels[0], levels[1]));
			}
			case "remove" -> index(argument, rows.size()).ifPresent(i -> rows.remove((int) i));
			case "up" -> index(argument, rows.size()).filter(i -> i > 0)
				.ifPresent(i -> rows.add(i - 1, rows.remove((int) i)));
			case "down" -> index(argument, rows.size()).filter(i -> i < rows.size() - 1)
				.ifPresent(i -> rows.add(i + 1, rows.remove((int) i)));
			default -> {
				// an unknown action changes nothing: the form is shown again as it was
			}
		}
	}

	/** The worst severity found on each row ("ERROR" or "WARNING"), for highlighting. */
	static Map<Integer, String> rowSeverity(List<Finding> findings) {
		Map<Integer, String> worst = new java.util.HashMap<>();
		for (Finding finding : findings) {
			if (finding.indicator() != null) {
				worst.merge(finding.indicator(), finding.severity().name(),
						(a, b) -> a.equals(Severity.ERROR.name()) ? a : b);
			}
		}
		return worst;
	}

	private static java.util.Optional<Integer> index(String text, int size) {
		try {
			int i = Integer.parseInt(text);
			return i >= 0 && i < size ? java.util.Optional.of(i) : java.util.Optional.empty();
		}
		catch (NumberFormatException e) {
			return java.util.Optional.empty();
		}
	}

	private static boolean sameLevels(String[] a, String[] b) {
		return Objects.equals(a[0], b[0]) && Objects.equals(a[1], b[1]);
	}

	private static BigDecimal weight(List<Indicator> rows, List<Integer> indices) {
		return indices.stream()
			.map(i -> rows.get(i).getWeight())
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
