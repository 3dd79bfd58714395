package io.jixiao.organizations;

/** Where an organization stands in the tree. */
public enum OrganizationKind {
	/** 财政局: reviews last, sees everything. */
	FINANCE,
	/** 主管部门: holds budget units and may review them. */
	DEPARTMENT,
	/** 预算单位: drafts tables. */
	UNIT
}
