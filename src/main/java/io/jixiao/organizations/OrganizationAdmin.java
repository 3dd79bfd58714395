package io.jixiao.organizations;

import io.jixiao.system.ConflictException;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
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
	private final ApplicationEventPublisher events;

	OrganizationAdmin(Organizations organizations, UserAccounts users, PasswordEncoder passwords,
			ApplicationEventPublisher events) {
		this.organizations = organizations;
		this.users = users;
		this.passwords = passwords;
		this.events = events;
	}

	public Organization createOrganization(String name, OrganizationKind kind, Long parentId, boolean deptReviews) {
		if (organizations.findByName(name).isPresent()) {
			throw new InvalidInputException("organization.duplicate", name);
		}
		Organization parent = parentId == null ? null : organization(parentId);
		checkPlacement(kind, parent);
		Organization created = organizations.save(new Organization(name, kind, parent, deptReviews));
		announce(Administered.Action.ORG_CREATE, Map.of("id", created.getId(), "name", name, "kind", kind.name(),
				"parent", parent == null ? "" : parent.getName(), "deptReviews", deptReviews));
		return created;
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
		Map<String, Object> before = Map.of("name", organization.getName(), "parent",
				organization.getParent() == null ? "" : organization.getParent().getName(), "deptReviews",
				organization.isDeptReviews());
		organization.rename(name, parent, deptReviews);
		announce(Administered.Action.ORG_UPDATE, Map.of("id", id, "before", before, "after", Map.of("name", name, "parent",
				parent == null ? "" : parent.getName(), "deptReviews", deptReviews)));
	}

	public long createUser(String username, String displayName, String rawPassword, Role role, long organizationId) {
		if (users.existsByUsernameKey(UserAccount.key(username))) {
			throw new InvalidInputException("user.duplicate", username);
		}
		Organization organization = organization(organizationId);
		checkRoleFits(role, organization);
		long id = users.save(new UserAccount(username, displayName, passwords.encode(rawPassword), role, organization))
			.getId();
		announce(Administered.Action.USER_CREATE, Map.of("id", id, "username", username, "displayName", displayName,
				"role", role.name(), "organization", organization.getName()));
		return id;
	}

	/** Changes an account; {@code email} blank or null: none (no e-mail is sent to it). */
	public void changeUser(long id, long version, String displayName, Role role, long organizationId, boolean enabled,
			String newRawPassword, String email) {
		UserAccount user = users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
		if (user.getVersion() != version) {
			throw new ConflictException("error.staleVersion");
		}
		Organization organization = organization(organizationId);
		checkRoleFits(role, organization);
		String address = email == null || email.isBlank() ? null : email.strip();
		Map<String, Object> before = Map.of("displayName", user.getDisplayName(), "role", user.getRole().name(),
				"organization", user.getOrganization().getName(), "enabled", user.isEnabled(), "email",
				user.getEmail() == null ? "" : user.getEmail());
		user.change(displayName, role, organization, enabled, address);
		boolean passwordChanged = newRawPassword != null && !newRawPassword.isBlank();
		if (passwordChanged) {
			user.changePassword(passwords.encode(newRawPassword));
		}
		announce(Administered.Action.USER_UPDATE, Map.of("id", id, "username", user.getUsername(), "before", before, "after",
				Map.of("displayName", displayName, "role", role.name(), "organization", organization.getName(),
						"enabled", enabled, "email", address == null ? "" : address),
				"passwordChanged", passwordChanged));
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

	/** Administration is done by the signed-in administrator, or by the system (demo data at start-up). */
	private void announce(Administered.Action action, Map<String, ?> details) {
		events.publishEvent(new Administered(action, CurrentAccount.get().map(Account::actor).orElse(null), details));
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
			long organizationId, String organizationName, boolean enabled, String email) {

		static UserView of(UserAccount user) {
			return new UserView(user.getId(), user.getVersion(), user.getUsername(), user.getDisplayName(),
					user.getRole(), user.getOrganization().getId(), user.getOrganization().getName(), user.isEnabled(),
					user.getEmail());
		}
	}
}
