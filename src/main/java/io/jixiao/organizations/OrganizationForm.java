package io.jixiao.organizations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the administrator types to create or change an organization (not the entity). On change the kind is fixed
 * and the version is the one the administrator edited, for optimistic locking.
 */
class OrganizationForm {

	@NotBlank(message = "{admin.organization.name.required}")
	@Size(max = 200, message = "{admin.organization.name.size}")
	private String name;

	@NotNull(message = "{admin.organization.kind.required}")
	private OrganizationKind kind = OrganizationKind.UNIT;

	private Long parentId;

	private boolean deptReviews;

	private Long version;

	static OrganizationForm of(Organization organization) {
		OrganizationForm form = new OrganizationForm();
		form.name = organization.getName();
		form.kind = organization.getKind();
		form.parentId = organization.getParent() == null ? null : organization.getParent().getId();
		form.deptReviews = organization.isDeptReviews();
		form.version = organization.getVersion();
		return form;
	}

	/** Only a department reviews; the flag means nothing on a unit or the finance bureau. */
	boolean effectiveDeptReviews() {
		return kind == OrganizationKind.DEPARTMENT && deptReviews;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		// "财政局 " and "财政局" would otherwise be two organizations
		this.name = name == null ? null : name.strip();
	}

	public OrganizationKind getKind() {
		return kind;
	}

	public void setKind(OrganizationKind kind) {
		this.kind = kind;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public boolean isDeptReviews() {
		return deptReviews;
	}

	public void setDeptReviews(boolean deptReviews) {
		this.deptReviews = deptReviews;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
