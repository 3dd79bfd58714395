package io.jixiao.organizations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the administrator types to create an account (not the entity); the password goes only to the encoder. */
class NewUserForm {

	@NotNull(message = "{admin.user.username.required}")
	@Pattern(regexp = "[a-zA-Z0-9_.-]{3,60}", message = "{admin.user.username.pattern}")
	private String username;

	@NotBlank(message = "{admin.user.displayName.required}")
	@Size(max = 100, message = "{admin.user.displayName.size}")
	private String displayName;

	@NotNull(message = "{admin.user.password.required}")
	@Size(min = 8, max = 72, message = "{admin.user.password.size}")
	private String password;

	@NotNull(message = "{admin.user.role.required}")
	private Role role;

	@NotNull(message = "{admin.user.organization.required}")
	private Long organizationId;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? null : username.strip();
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName == null ? null : displayName.strip();
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
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
}
