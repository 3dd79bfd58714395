package io.jixiao.organizations;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A section of the finance bureau (归口科室); the departments it manages and its reviewers point to it. */
@Entity
@Table(name = "finance_sections")
class FinanceSection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	protected FinanceSection() {
	}

	FinanceSection(String name) {
		this.name = name;
	}

	void rename(String name) {
		this.name = name;
	}

	Long getId() {
		return id;
	}

	String getName() {
		return name;
	}
}
