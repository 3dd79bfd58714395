package io.jixiao.organizations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the administrator types to change an account (not the entity): the username stays; a new password only
 * when one is typed. Carries the version the administrator edited, for optimistic locking.
 */
class UserForm {

	@NotBlank(message = "{admin.user.displayName.required}")
	@Size(max = 100, message = "{admin.user.displayName.size}")
	private String displayName;

	@NotNull(message = "{admin.user.role.required}")
	private Role role;

	@NotNull(message = "{admin.user.organization.required}")
	private Long organizationId;

	private boolean enabled;

	@Pattern(regexp = "(?s)(|.{8,72})", message = "{admin.user.newPassword.size}")
	private String newPassword;

	@Size(max = 254, message = "{admin.user.email.size}")
	@Pattern(regexp = "\\s*|[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{admin.user.email.pattern}")
	private String email;

	private Long version;

	static UserForm of(OrganizationAdmin.UserView user) {
		UserForm form = new UserForm();
		form.displayName = user.displayName();
		form.role = user.role();
		form.organizationId = user.organizationId();
		form.enabled = user.enabled();
		form.email = user.email();
		form.version = user.version();
		return form;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName == null ? null : displayName.strip();
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public void setOrganizationId(Long organizationId) {
		this.organizationId = organizationId;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? null : email.strip();
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
