package io.jixiao.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The organizations and accounts {@link ProvinceYear} generates tables for: the finance bureau with a reviewer,
 * departments (every other one reviews its units' tables) with a reviewer each, and units with a lead each. Made as
 * needed and found again by name, so a later run reuses what an earlier one made.
 */
final class GeneratedTree {

	private static final int UNITS_PER_DEPARTMENT = 20;

	/** A unit that drafts tables: its lead, its department and who reviews there (if the department reviews). */
	record Unit(long id, long lead, Long departmentId, Long reviewer, boolean deptReviews) {
	}

	/** The units in the order tables are spread over them, and the finance reviewer who decides. */
	record Tree(List<Unit> units, long financeReviewer) {
	}

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwords;

	GeneratedTree(JdbcTemplate jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	/** Departments (every other one reviews its units' tables) and units with a lead each, made as needed. */
	Tree tree(int unitsWanted) {
		String hash = passwords.encode(DemoData.PASSWORD);
		Long finance = jdbc.query("select id from organizations where kind = 'FINANCE' order by id",
				rs -> rs.next() ? rs.getLong(1) : null);
		if (finance == null) {
			finance = insertOrganization("省财政厅", "FINANCE", null, false);
		}
		long financeReviewer = user("gen-finance", "生成财政审核", hash, "FINANCE_REVIEWER", finance);
		List<Unit> units = new ArrayList<>();
		for (int d = 1; units.size() < unitsWanted; d++) {
			String department = "省直部门%03d".formatted(d);
			boolean reviews = d % 2 == 1;
			long departmentId = organization(department, "DEPARTMENT", null, reviews);
			long reviewer = user("gen-dept-%03d".formatted(d), department + "审核", hash, "DEPT_REVIEWER",
					departmentId);
			for (int u = 1; u <= UNITS_PER_DEPARTMENT && units.size() < unitsWanted; u++) {
				long unitId = organization(department + "所属单位%02d".formatted(u), "UNIT", departmentId, false);
				long lead = user("gen-lead-%03d-%02d".formatted(d, u), "填报人%03d-%02d".formatted(d, u), hash, "LEAD",
						unitId);
				units.add(new Unit(unitId, lead, departmentId, reviewer, reviews));
			}
		}
		return new Tree(units, financeReviewer);
	}

	private long organization(String name, String kind, Long parent, boolean reviews) {
		List<Long> found = jdbc.queryForList("select id from organizations where name = ?", Long.class, name);
		return found.isEmpty() ? insertOrganization(name, kind, parent, reviews) : found.get(0);
	}

	private long insertOrganization(String name, String kind, Long parent, boolean reviews) {
		return Inserts.one(jdbc, "insert into organizations (name, kind, parent_id, dept_reviews) values (?, ?, ?, ?)",
				name, kind, parent, reviews);
	}

	private long user(String username, String displayName, String hash, String role, long organization) {
		List<Long> found = jdbc.queryForList("select id from users where username = ?", Long.class, username);
		return found.isEmpty() ? insertUser(username, displayName, hash, role, organization) : found.get(0);
	}

	private long insertUser(String username, String displayName, String hash, String role, long organization) {
		return Inserts.one(jdbc, "insert into users (username, username_key, display_name, password_hash, role,"
				+ " organization_id, enabled) values (?, ?, ?, ?, ?, ?, true)", username, username.toLowerCase(Locale.ROOT),
				displayName, hash, role, organization);
	}
}
