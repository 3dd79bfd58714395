package io.jixiao.targets;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;

/** The immutable snapshot of a table as it was submitted: what reviewers judged and what diffs compare. */
@Entity
@Immutable
@Table(name = "table_versions")
public class TableVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long tableId;
	@Column(name = "version_number")
	private int number;
	private Instant submittedAt;
	private long submittedBy;

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

	@ElementCollection
	@CollectionTable(name = "version_indicators", joinColumns = @JoinColumn(name = "version_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 20)
	private List<Indicator> indicators = new ArrayList<>();

	protected TableVersion() {
	}

	TableVersion(long tableId, int number, long submittedBy, Instant submittedAt, TableContent content) {
		this.tableId = tableId;
		this.number = number;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
		this.projectName = content.projectName();
		this.projectLead = content.projectLead();
		this.implementingUnit = content.implementingUnit();
		this.functionCode = content.functionCode();
		this.contactPerson = content.contactPerson();
		this.contactPhone = content.contactPhone();
		this.totalFunds = content.totalFunds();
		this.fiscalFunds = content.fiscalFunds();
		this.otherFunds = content.otherFunds();
		this.fiscalUpper = content.fiscalUpper();
		this.fiscalLocal = content.fiscalLocal();
		this.overallGoal = content.overallGoal();
		this.satisfactionNotApplicable = content.satisfactionNotApplicable();
		this.satisfactionReason = content.satisfactionReason();
		this.indicators.addAll(content.indicators());
	}

	public TableContent content() {
		return new TableContent(projectName, projectLead, implementingUnit, functionCode, contactPerson, contactPhone,
				totalFunds, fiscalFunds, otherFunds, fiscalUpper, fiscalLocal, overallGoal, satisfactionNotApplicable,
				satisfactionReason, indicators);
	}

	public long getTableId() {
		return tableId;
	}

	public int getNumber() {
		return number;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public long getSubmittedBy() {
		return submittedBy;
	}
}
