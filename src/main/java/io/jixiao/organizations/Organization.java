package io.jixiao.organizations;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A node of the organization tree: the finance bureau, a department or a budget unit. */
@Entity
@Table(name = "organizations")
public class Organization {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private OrganizationKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Organization parent;

	private boolean deptReviews;

	/** The finance section managing this department (归口科室), or null: the whole bureau reviews. */
	private Long sectionId;

	@Version
	private long version;

	protected Organization() {
	}

	Organization(String name, OrganizationKind kind, Organization parent, boolean deptReviews) {
		this.name = name;
		this.kind = kind;
		this.parent = parent;
		this.deptReviews = deptReviews;
	}

	void rename(String name, Organization parent, boolean deptReviews) {
		this.name = name;
		this.parent = parent;
		this.deptReviews = deptReviews;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public OrganizationKind getKind() {
		return kind;
	}

	public Organization getParent() {
		return parent;
	}

	/** Whether this department reviews its units' tables before finance. */
	public boolean isDeptReviews() {
		return deptReviews;
	}

	/** The finance section managing this department, or null. */
	public Long getSectionId() {
		return sectionId;
	}

	public long getVersion() {
		return version;
	}

	/** The department a unit belongs to, or null. */
	public Organization department() {
		if (kind == OrganizationKind.DEPARTMENT) {
			return this;
		}
		return parent != null && parent.getKind() == OrganizationKind.DEPARTMENT ? parent : null;
	}
}
