package io.jixiao.targets;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** A table's header (project, people, funds in 万元, goal), as the live table and each submitted version keep it. */
@Embeddable
class TableHeader {

	private String projectName;
	private String projectLead;
	private String implementingUnit;
	private String functionCode;
	private String contactPerson;
	private String contactPhone;
	private BigDecimal totalFunds;
	private BigDecimal fiscalFunds;
	private BigDecimal otherFunds;
	private BigDecimal fiscalUpper;
	private BigDecimal fiscalLocal;
	private String overallGoal;
	@Column(name = "satisfaction_na")
	private boolean satisfactionNotApplicable;
	@Column(name = "satisfaction_na_reason")
	private String satisfactionReason;

	protected TableHeader() {
	}

	static TableHeader of(TableContent content) {
		TableHeader header = new TableHeader();
		header.projectName = content.projectName();
		header.projectLead = content.projectLead();
		header.implementingUnit = content.implementingUnit();
		header.functionCode = content.functionCode();
		header.contactPerson = content.contactPerson();
		header.contactPhone = content.contactPhone();
		header.totalFunds = money(content.totalFunds());
		header.fiscalFunds = money(content.fiscalFunds());
		header.otherFunds = money(content.otherFunds());
		header.fiscalUpper = money(content.fiscalUpper());
		header.fiscalLocal = money(content.fiscalLocal());
		header.overallGoal = content.overallGoal();
		header.satisfactionNotApplicable = content.satisfactionNotApplicable();
		header.satisfactionReason = content.satisfactionReason();
		return header;
	}

	TableContent content(List<Indicator> indicators) {
		return new TableContent(projectName, projectLead, implementingUnit, functionCode, contactPerson, contactPhone,
				totalFunds, fiscalFunds, otherFunds, fiscalUpper, fiscalLocal, overallGoal, satisfactionNotApplicable,
				satisfactionReason, indicators);
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
	}

	String projectName() {
		return projectName;
	}

	String projectLead() {
		return projectLead;
	}

	String implementingUnit() {
		return implementingUnit;
	}

	String functionCode() {
		return functionCode;
	}

	String contactPerson() {
		return contactPerson;
	}

	String contactPhone() {
		return contactPhone;
	}

	BigDecimal totalFunds() {
		return totalFunds;
	}

	BigDecimal fiscalFunds() {
		return fiscalFunds;
	}

	BigDecimal otherFunds() {
		return otherFunds;
	}

	BigDecimal fiscalUpper() {
		return fiscalUpper;
	}

	BigDecimal fiscalLocal() {
		return fiscalLocal;
	}

	String overallGoal() {
		return overallGoal;
	}

	boolean satisfactionNotApplicable() {
		return satisfactionNotApplicable;
	}

	String satisfactionReason() {
		return satisfactionReason;
	}
}
