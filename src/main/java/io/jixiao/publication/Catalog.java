package io.jixiao.publication;

import io.jixiao.system.Pager;
import io.jixiao.targets.PublishedHeader;
import java.util.List;

/**
 * What the public index shows for a year: each department with its statement, but not its tables; the public tables
 * of one chosen department, or those matching a search, a page at a time and grouped by department and unit.
 */
record Catalog(List<Integer> years, Integer year, String query, List<DepartmentEntry> departments,
		DepartmentEntry chosen, List<Group> groups, Pager pager) {

	static Catalog empty(List<Integer> years, String query) {
		return new Catalog(years, null, query, List.of(), null, List.of(), null);
	}

	public boolean searching() {
		return !query.isEmpty();
	}

	/** A department (null for units under none) with its 预算绩效情况 and how many public tables it lists. */
	record DepartmentEntry(Summary.Department department, Summary.Statement statement, String statementText,
			long publicTables) {
	}

	/** Listed public tables of one year and department (null for units under none), by unit. */
	record Group(int year, Summary.Department department, List<UnitEntry> units) {
	}

	record UnitEntry(long id, String name, List<PublishedHeader> tables) {
	}
}
