package io.jixiao.organizations;

/** What a user does; one role per account. */
public enum Role {
	LEAD, DEPT_REVIEWER, FINANCE_REVIEWER, ADMIN;

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}
}
