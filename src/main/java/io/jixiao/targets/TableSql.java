package io.jixiao.targets;

import io.jixiao.organizations.OrganizationSql;
import java.util.List;

/**
 * This module's tables as other modules' list queries read them (the tasks and the board join each task's table to
 * filter and order by it): the SQL over {@code target_tables} is written here only ({@code SqlOwnershipTest}). The
 * joined table is named {@code tt}; its unit and department {@code u} and {@code p}, as {@link OrganizationSql}
 * joins them.
 */
public final class TableSql {

	private TableSql() {
	}

	/** SQL: joins the table whose id the given column holds, as {@code tt}. */
	public static String joinTable(String idColumn) {
		return " join target_tables tt on tt.id = " + idColumn;
	}

	/**
	 * SQL: appends {@code and ...} for each of the query's conditions on the table itself (search, year, department,
	 * unit, status, grade, section) with its arguments; the stage and overdue conditions are the caller's.
	 */
	public static void where(ListQuery query, StringBuilder sql, List<Object> args) {
		if (query.q() != null) {
			// a plain substring, so that % and _ in the search are not wildcards
			String lower = query.q().toLowerCase(java.util.Locale.ROOT);
			// the tables holding the text's character pairs first, from their index, then the exact match
			String indexed = NameGrams.sql("tt.id", lower, args);
			if (indexed != null) {
				sql.append(" and ").append(indexed);
			}
			sql.append(" and locate(?, lower(tt.project_name)) > 0");
			args.add(lower);
		}
		condition(sql, args, "tt.table_year = ?", query.year());
		condition(sql, args, OrganizationSql.DEPARTMENT_ID + " = ?", query.department());
		condition(sql, args, "tt.unit_id = ?", query.unit());
		condition(sql, args, OrganizationSql.SECTION_ID + " = ?", query.section());
		condition(sql, args, "tt.status = ?", query.status() == null ? null : query.status().name());
		condition(sql, args, "tt.grade = ?", query.grade() == null ? null : query.grade().label());
	}

	/** SQL: the column of the query's order when the table's own (amount, name), null for the others. */
	public static String orderColumn(ListQuery.Sort sort) {
		return switch (sort) {
			case AMOUNT -> "coalesce(tt.total_funds, 0)";
			case NAME -> "coalesce(tt.project_name, " + OrganizationSql.UNIT_NAME_COLUMN + ")";
			case AGE, DUE -> null;
		};
	}

	static void condition(StringBuilder sql, List<Object> args, String condition, Object value) {
		if (value != null) {
			sql.append(" and ").append(condition);
			args.add(value);
		}
	}
}
