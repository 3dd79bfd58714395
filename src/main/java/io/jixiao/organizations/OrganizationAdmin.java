package io.jixiao.organizations;

import io.jixiao.system.ConflictException;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.NotFoundException;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes organizations and accounts (administrator pages, demo data). */
@Service
@Transactional
public class OrganizationAdmin {

	private final Organizations organizations;
	private final UserAccounts users;
	private final PasswordEncoder passwords;

	OrganizationAdmin(Organizations organizations, UserAccounts users, PasswordEncoder passwords) {
		this.organizations = organizations;
		this.users = users;
		this.passwords = passwords;
	}

	public Organization createOrganization(String name, OrganizationKind kind, Long parentId, boolean deptReviews) {
		if (organizations.findByName(name).isPresent()) {
			throw new InvalidInputException("organization.duplicate", name);
		}
		Organization parent = parentId == null ? null : organization(parentId);
		checkPlacement(kind, parent);
		return organizations.save(new Organization(name, kind, parent, deptReviews));
	}

	public void changeOrganization(long id, long version, String name, Long parentId, boolean deptReviews) {
		Organization organization = organization(id);
		if (organization.getVersion() != version) {
			throw new ConflictException("error.staleVersion");
		}
		organizations.findByName(name)
			.filter(other -> !other.getId().equals(id))
			.ifPresent(other -> {
				throw new InvalidInputException("organization.duplicate", name);
			});
		Organization parent = parentId == null ? null : organization(parentId);
		if (parent != null && parent.getId().equals(id)) {
			throw new InvalidInputException("organization.parentSelf");
		}
		checkPlacement(organization.getKind(), parent);
		organization.rename(name, parent, deptReviews);
	}

	public long createUser(String username, String displayName, String rawPassword, Role role, long organizationId) {
		if (users.existsByUsername(username)) {
			throw new InvalidInputException("user.duplicate", username);
		}
		Organization organization = organization(organizationId);
		checkRoleFits(role, organization);
		return users.save(new UserAccount(username, displayName, passwords.encode(rawPassword), role, organization))
			.getId();
	}

	public void changeUser(long id, long version, String displayName, Role role, long organizationId, boolean enabled,
			String newRawPassword) {
		UserAccount user = users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
		if (user.getVersion() != version) {
			throw new ConflictException("error.staleVersion");
		}
		Organization organization = organization(organizationId);
		checkRoleFits(role, organization);
		user.change(displayName, role, organization, enabled);
		if (newRawPassword != null && !newRawPassword.isBlank()) {
			user.changePassword(passwords.encode(newRawPassword));
		}
	}

	@Transactional(readOnly = true)
	public List<Organization> allOrganizations() {
		return organizations.findAllOrdered();
	}

	@Transactional(readOnly = true)
	public List<UserView> allUsers() {
		return users.findAllWithOrganization().stream().map(UserView::of).toList();
	}

	@Transactional(readOnly = true)
	public UserView user(long id) {
		return users.findById(id).map(UserView::of).orElseThrow(() -> new NotFoundException("user " + id));
	}

	public boolean hasAnyUser() {
		return users.count() > 0;
	}

	private Organization organization(long id) {
		return organizations.findById(id).orElseThrow(() -> new NotFoundException("organization " + id));
	}

	/** Units sit under a department; departments and the finance bureau at the top. */
	private static void checkPlacement(OrganizationKind kind, Organization parent) {
		boolean fits = switch (kind) {
			case UNIT -> parent != null && parent.getKind() == OrganizationKind.DEPARTMENT;
			case DEPARTMENT, FINANCE -> parent == null;
		};
		if (!fits) {
			throw new InvalidInputException("organization.placement");
		}
	}

	/** Leads work in units, department reviewers in departments, finance and administrators in the bureau. */
	private static void checkRoleFits(Role role, Organization organization) {
		OrganizationKind expected = switch (role) {
			case LEAD -> OrganizationKind.UNIT;
			case DEPT_REVIEWER -> OrganizationKind.DEPARTMENT;
			case FINANCE_REVIEWER, ADMIN -> OrganizationKind.FINANCE;
		};
		if (organization.getKind() != expected) {
			throw new InvalidInputException("user.roleOrganization");
		}
	}

	/** An account as the administrator pages show it. */
	public record UserView(long id, long version, String username, String displayName, Role role,
			long organizationId, String organizationName, boolean enabled) {

		static UserView of(UserAccount user) {
			return new UserView(user.getId(), user.getVersion(), user.getUsername(), user.getDisplayName(),
					user.getRole(), user.getOrganization().getId(), user.getOrganization().getName(), user.isEnabled());
		}
	}
}
