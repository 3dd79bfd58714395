package io.jixiao.organizations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The organization tree flattened for the administrator pages: the finance bureau first, then each department
 * followed by its units (one level deeper).
 */
record OrganizationTree(List<Row> rows) {

	/** One line of the tree; depth 1 for a unit under its department. */
	record Row(Organization organization, int depth) {

		/** For a unit: whether its tables go through its department's review before finance. */
		public boolean reviewedByDepartment() {
			Organization department = organization.department();
			return department != null && department.isDeptReviews();
		}
	}

	static OrganizationTree of(List<Organization> organizations) {
		List<Row> rows = new ArrayList<>();
		ofKind(organizations, OrganizationKind.FINANCE).forEach(o -> rows.add(new Row(o, 0)));
		for (Organization department : ofKind(organizations, OrganizationKind.DEPARTMENT)) {
			rows.add(new Row(department, 0));
			organizations.stream()
				.filter(o -> o.getKind() == OrganizationKind.UNIT && o.getParent() != null
						&& o.getParent().getId().equals(department.getId()))
				.forEach(unit -> rows.add(new Row(unit, 1)));
		}
		// a unit without a department cannot be created, but must not vanish from the list if one exists
		Set<Organization> placed = rows.stream().map(Row::organization).collect(Collectors.toSet());
		organizations.stream().filter(o -> !placed.contains(o)).forEach(o -> rows.add(new Row(o, 0)));
		return new OrganizationTree(List.copyOf(rows));
	}

	List<Organization> ofKind(OrganizationKind kind) {
		return ofKind(rows.stream().map(Row::organization).toList(), kind);
	}

	Optional<Organization> find(long id) {
		return rows.stream().map(Row::organization).filter(o -> o.getId() == id).findFirst();
	}

	private static List<Organization> ofKind(List<Organization> organizations, OrganizationKind kind) {
		return organizations.stream().filter(o -> o.getKind() == kind).toList();
	}
}
