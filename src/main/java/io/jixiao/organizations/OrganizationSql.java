package io.jixiao.organizations;

/**
 * This module's tables as other modules' queries read them. A list or a count that must join a unit (its name, its
 * department) or the users of a role in the same statement, for speed, composes these pieces instead of naming the
 * organizations' columns itself: the SQL over {@code organizations} and {@code users} is written here only
 * ({@code SqlOwnershipTest} checks that). The joins name the unit {@code u} and its parent {@code p}.
 */
public final class OrganizationSql {

	/** The name of the unit that the row's own {@code unit_id} names (a formula on the row, no second query). */
	public static final String UNIT_NAME = "(select o.name from organizations o where o.id = unit_id)";

	/** The organization above the unit that the row's own {@code unit_id} names. */
	public static final String UNIT_PARENT_ID = "(select o.parent_id from organizations o where o.id = unit_id)";

	/** The department of the joined unit: the unit itself when it is one, else its parent when that is one. */
	public static final String DEPARTMENT_ID = "case when u.kind = 'DEPARTMENT' then u.id"
			+ " when p.kind = 'DEPARTMENT' then p.id end";

	/** The name of {@link #DEPARTMENT_ID}'s department. */
	public static final String DEPARTMENT_NAME = "case when u.kind = 'DEPARTMENT' then u.name"
			+ " when p.kind = 'DEPARTMENT' then p.name end";

	/** The finance section managing {@link #DEPARTMENT_ID}'s department (归口科室), null where none does. */
	public static final String SECTION_ID = "case when u.kind = 'DEPARTMENT' then u.section_id"
			+ " when p.kind = 'DEPARTMENT' then p.section_id end";

	/** The unit's name, once {@link #joinUnit} joined it. */
	public static final String UNIT_NAME_COLUMN = "u.name";

	private OrganizationSql() {
	}

	/** SQL: joins the unit with the given id (an outer join keeps rows without one) and its parent. */
	public static String joinUnit(String unitId, boolean outer) {
		return (outer ? " left join" : " join") + " organizations u on u.id = " + unitId
				+ " left join organizations p on p.id = u.parent_id";
	}

	/**
	 * JPQL: joins the unit entity with the given id as {@code u} and its department as {@code p} (outer, to keep units
	 * under no department).
	 */
	public static String joinUnitAndDepartmentJpql(String unitId) {
		return " join Organization u on u.id = " + unitId
				+ " left join u.parent p on p.kind = io.jixiao.organizations.OrganizationKind.DEPARTMENT";
	}

	/**
	 * JPQL: a scalar subquery that changes whenever any organization is added, renamed or moved (their number plus
	 * the sum of their optimistic-lock versions), for answers kept while the organizations stay as they are.
	 */
	public static String changeStampJpql() {
		return "(select count(o) + coalesce(sum(o.version), 0) from Organization o)";
	}

	/**
	 * SQL: {@code from} the enabled accounts with a role (the first parameter), in one organization (the second) when
	 * asked; their id is {@code u.id}.
	 */
	public static String fromActiveUsers(boolean inOneOrganization) {
		return " from users u where u.role = ? and u.enabled = true" + (inOneOrganization ? " and u.organization_id = ?" : "");
	}
}
