package io.jixiao.organizations;

import io.jixiao.system.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the tree and the one place that decides which units a user may see. Each method reads at most one
 * query (repositories) or none (maySee), so none opens a transaction of its own: on MySQL an empty one still costs the
 * server SET autocommit=0 and =1, a read-only one three statements more than its query.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class OrganizationDirectory {

	private final Organizations organizations;
	private final UserAccounts users;
	private final FinanceSections sections;

	OrganizationDirectory(Organizations organizations, UserAccounts users, FinanceSections sections) {
		this.organizations = organizations;
		this.users = users;
		this.sections = sections;
	}

	/** A finance section (归口科室) by id and name. */
	public record SectionRef(long id, String name) {
	}

	/** The section a user works in now (not as at sign-in), if any. */
	public Optional<SectionRef> sectionOfUser(long userId) {
		return sections.sectionOfUser(userId).stream().findFirst()
			.map(row -> new SectionRef((Long) row[0], (String) row[1]));
	}

	/** The enabled finance reviewers of a section. */
	public List<Long> sectionReviewers(long sectionId) {
		return sections.activeMembers(sectionId, Role.FINANCE_REVIEWER);
	}

	/** The e-mail addresses of those of the given users who are enabled and have one. */
	public List<String> emails(java.util.Collection<Long> userIds) {
		return userIds.isEmpty() ? List.of() : users.findEmails(userIds);
	}

	/** The e-mail addresses of the enabled accounts with this role, in one organization or in any (null). */
	public List<String> emails(Role role, Long organizationId) {
		return users.findEmailsOfRole(role, organizationId);
	}

	/** A person as other modules see one: no credentials. */
	public record Person(long id, String username, String displayName, Role role, long organizationId) {
	}

	/** Enabled accounts with this role in this organization, e.g. the reviewers a task may be handed to. */
	public List<Person> people(Role role, long organizationId) {
		return users.findActive(role, organizationId).stream().map(OrganizationDirectory::person).toList();
	}

	/** Display names of the given users, by id, in one query. */
	public java.util.Map<Long, String> displayNames(java.util.Collection<Long> userIds) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		if (!userIds.isEmpty()) {
			users.findAllById(userIds).forEach(u -> names.put(u.getId(), u.getDisplayName()));
		}
		return names;
	}

	public Optional<Person> person(long userId) {
		return users.findById(userId).map(OrganizationDirectory::person);
	}

	/** Units under a department. */
	public List<Long> unitIds(long departmentId) {
		return organizations.findChildIds(departmentId);
	}

	/** The finance bureau (the one FINANCE organization), if set up. */
	public Optional<Organization> financeBureau() {
		return organizations.findAllOrdered().stream().filter(o -> o.getKind() == OrganizationKind.FINANCE)
			.findFirst();
	}

	/** A finance section as a list's filter offers it. */
	public record SectionChoice(long id, String name) {
	}

	/** The departments and the finance sections managing any of them, for a list's filters: one statement. */
	public record DepartmentChoices(List<Organization> departments, List<SectionChoice> sections) {
	}

	public DepartmentChoices departmentChoices() {
		List<Organization> departments = new java.util.ArrayList<>();
		java.util.Map<Long, String> sections = new java.util.TreeMap<>();
		for (Object[] row : organizations.findDepartmentsWithSections()) {
			departments.add((Organization) row[0]);
			if (row[1] != null) {
				sections.put((Long) row[1], (String) row[2]);
			}
		}
		return new DepartmentChoices(departments, sections.entrySet().stream()
			.map(e -> new SectionChoice(e.getKey(), e.getValue())).toList());
	}

	/** All departments, for choosing one (publication in a batch). */
	public List<Organization> departments() {
		return organizations.findAllOrdered().stream().filter(o -> o.getKind() == OrganizationKind.DEPARTMENT).toList();
	}

	private static Person person(UserAccount user) {
		return new Person(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
				user.getOrganization().getId());
	}

	public Organization get(long id) {
		return organizations.findWithParent(id).orElseThrow(() -> new NotFoundException("organization " + id));
	}

	/** The given organizations with their parents, by id, in one query. */
	public java.util.Map<Long, Organization> withParents(java.util.Collection<Long> ids) {
		java.util.Map<Long, Organization> found = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			organizations.findWithParents(java.util.Set.copyOf(ids)).forEach(o -> found.put(o.getId(), o));
		}
		return found;
	}

	public Optional<Organization> findByName(String name) {
		return organizations.findByName(name);
	}

	/**
	 * The ids of the units whose tables this account may see, or empty for "all" (finance and administrators).
	 * A lead sees the own unit; a department reviewer the department and the units under it.
	 */
	public Optional<List<Long>> visibleUnitIds(Account account) {
		return switch (account.role()) {
			case FINANCE_REVIEWER, ADMIN -> Optional.empty();
			case LEAD -> Optional.of(List.of(account.organizationId()));
			case DEPT_REVIEWER -> {
				List<Long> ids = new ArrayList<>(organizations.findChildIds(account.organizationId()));
				ids.add(account.organizationId());
				yield Optional.of(ids);
			}
		};
	}

	/**
	 * Whether the account may see tables of the unit, whose parent (its department, if any) the caller knows: the
	 * same decision as {@link #visibleUnitIds}, without a query.
	 */
	public boolean maySee(Account account, long unitId, Long parentId) {
		return switch (account.role()) {
			case FINANCE_REVIEWER, ADMIN -> true;
			case LEAD -> unitId == account.organizationId();
			case DEPT_REVIEWER -> unitId == account.organizationId()
					|| (parentId != null && parentId == account.organizationId());
		};
	}
}
