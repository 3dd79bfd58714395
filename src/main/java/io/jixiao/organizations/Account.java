package io.jixiao.organizations;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user as the rest of the product sees it: who, which role, which organization. */
public final class Account implements UserDetails, CredentialsContainer {

	private final long id;
	private final String username;
	private final String displayName;
	private String passwordHash;
	private final Role role;
	private final long organizationId;
	private final String organizationName;
	private final boolean enabled;
	private final boolean locked;
	private final Long sectionId;

	public Account(long id, String username, String displayName, String passwordHash, Role role, long organizationId,
			String organizationName, boolean enabled, boolean locked) {
		this(id, username, displayName, passwordHash, role, organizationId, organizationName, enabled, locked, null);
	}

	/** An account of a finance reviewer in a section (归口科室), read at sign-in. */
	public Account(long id, String username, String displayName, String passwordHash, Role role, long organizationId,
			String organizationName, boolean enabled, boolean locked, Long sectionId) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.organizationId = organizationId;
		this.organizationName = organizationName;
		this.enabled = enabled;
		this.locked = locked;
		this.sectionId = sectionId;
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public long organizationId() {
		return organizationId;
	}

	public String organizationName() {
		return organizationName;
	}

	/** The finance section of this finance reviewer as at sign-in, or null. */
	public Long sectionId() {
		return sectionId;
	}

	/** This user as events name who acted. */
	public Actor actor() {
		return new Actor(id, displayName, organizationId, username);
	}

	public boolean hasRole(Role wanted) {
		return role == wanted;
	}

	/** Whether this user is the lead of that budget unit: drafts its tables, fills its reports and evaluations. */
	public boolean isLeadOf(long unitId) {
		return role == Role.LEAD && organizationId == unitId;
	}

	/** Whether this user decides for the finance bureau: a finance reviewer or an administrator. */
	public boolean isFinanceOrAdmin() {
		return role == Role.FINANCE_REVIEWER || role == Role.ADMIN;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** Locked for a while after repeated failed sign-ins. */
	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
