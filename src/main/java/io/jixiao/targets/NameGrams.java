package io.jixiao.targets;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Substring search of names without reading every table of the year: a name contains the searched text only if it
 * holds each of the text's character pairs, and {@code table_name_grams} (V20) holds every pair of every name a table
 * has carried, indexed by pair. The candidates found there are then checked with the exact condition as before, so
 * the results are those of the plain substring match. A one-character text is found as the first character of a pair
 * (each name's last character is stored alone for this).
 */
final class NameGrams {

	/** Enough pairs to leave few candidates; the exact condition does the rest. */
	private static final int MOST = 4;

	private NameGrams() {
	}

	/**
	 * The pairs to look up for a lower-cased text (for one character: a LIKE prefix, escaped with '!'); empty when
	 * the index cannot serve it: blank, or characters outside the BMP, which H2 counts as two and MariaDB as one.
	 */
	static List<String> of(String lower) {
		if (lower.isEmpty() || lower.length() != lower.codePointCount(0, lower.length())) {
			return List.of();
		}
		if (lower.length() == 1) {
			return List.of(lower.replaceAll("([!%_])", "!$1") + "%");
		}
		int pairs = lower.length() - 1;
		LinkedHashSet<String> chosen = new LinkedHashSet<>();
		for (int k = 0; k < Math.min(MOST, pairs); k++) {
			int at = pairs <= MOST ? k : (int) ((long) k * (pairs - 1) / (MOST - 1));
			chosen.add(lower.substring(at, at + 2));
		}
		return List.copyOf(chosen);
	}

	/**
	 * SQL: {@code id in (...)}, the tables holding all the pairs, with its arguments appended in order; null when the
	 * index cannot serve the text. Self-joins rather than a GROUP BY, so that MariaDB can start from the pairs' index
	 * (a grouped subquery is checked table by table).
	 */
	static String sql(String id, String lower, List<Object> args) {
		List<String> grams = of(lower);
		if (grams.isEmpty()) {
			return null;
		}
		StringBuilder sql = new StringBuilder(id + " in (select g0.table_id from table_name_grams g0");
		for (int k = 1; k < grams.size(); k++) {
			String g = "g" + k;
			sql.append(" join table_name_grams ").append(g).append(" on ").append(g).append(".table_id = g0.table_id and ")
				.append(g).append(".gram = ?");
			args.add(grams.get(k));
		}
		sql.append(" where g0.gram ").append(lower.length() == 1 ? "like ? escape '!'" : "= ?").append(')');
		args.add(grams.get(0));
		return sql.toString();
	}

	/** JPQL: as {@link #sql}, with parameters {@code gram0...} put into {@code parameters}; null when not served. */
	static String jpql(String id, String lower, java.util.Map<String, Object> parameters) {
		List<String> grams = of(lower);
		if (grams.isEmpty()) {
			return null;
		}
		List<String> from = new ArrayList<>();
		List<String> where = new ArrayList<>();
		for (int k = 0; k < grams.size(); k++) {
			from.add("NameGram g" + k);
			where.add("g" + k + ".gram " + (lower.length() == 1 ? "like :gram" + k + " escape '!'" : "= :gram" + k)
					+ (k == 0 ? "" : " and g" + k + ".tableId = g0.tableId"));
			parameters.put("gram" + k, grams.get(k));
		}
		return id + " in (select g0.tableId from " + String.join(", ", from) + " where " + String.join(" and ", where)
				+ ")";
	}
}
