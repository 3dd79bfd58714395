package io.jixiao.organizations;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.util.Locale;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who logs in: one role in one organization; the password is kept only as a BCrypt hash. */
@Entity
@Table(name = "users")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	/** The name in lower case, unique: one account whatever the case it is typed in. */
	private String usernameKey;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organization_id")
	private Organization organization;

	private boolean enabled = true;

	/** The finance section this finance reviewer works in, or null. */
	private Long sectionId;

	/** Where reminders and new tasks are also sent by e-mail, or null. */
	private String email;

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, String passwordHash, Role role, Organization organization) {
		this.username = username;
		this.usernameKey = key(username);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.organization = organization;
	}

	/** The account a typed name means, as users.username_key holds it. */
	static String key(String username) {
		return username.toLowerCase(Locale.ROOT);
	}

	void change(String displayName, Role role, Organization organization, boolean enabled, String email) {
		this.displayName = displayName;
		this.role = role;
		this.organization = organization;
		this.enabled = enabled;
		this.email = email;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	Long getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	Role getRole() {
		return role;
	}

	Organization getOrganization() {
		return organization;
	}

	boolean isEnabled() {
		return enabled;
	}

	String getEmail() {
		return email;
	}

	Long getSectionId() {
		return sectionId;
	}

	long getVersion() {
		return version;
	}
}
