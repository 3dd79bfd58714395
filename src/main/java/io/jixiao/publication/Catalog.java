package io.jixiao.publication;

import java.util.List;

/** What the public index shows for a year: departments, their units and each unit's public tables, maybe searched. */
record Catalog(List<Integer> years, Integer year, String query, List<DepartmentEntry> departments, int matches) {

	record DepartmentEntry(Summary.Department department, Summary.Statement statement, String statementText,
			List<UnitEntry> units) {
	}

	record UnitEntry(long id, String name, List<PublishedTable> tables) {
	}
}
