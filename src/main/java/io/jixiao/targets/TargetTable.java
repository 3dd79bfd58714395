package io.jixiao.targets;

import io.jixiao.checks.TableFormat;
import io.jixiao.checks.TableKind;
import io.jixiao.organizations.OrganizationSql;
import io.jixiao.system.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Formula;

/**
 * A performance target table (项目支出绩效目标表 or 单位整体绩效目标表) of one budget unit and year.
 * It guards its own state: only a draft or a returned table takes new content.
 */
@Entity
@Table(name = "target_tables")
public class TargetTable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private TableKind kind;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "table_format")
	private TableFormat format;

	@Column(name = "table_year")
	private int year;

	private long ruleSetId;

	private long unitId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private TableStatus status;

	@Version
	private long version;

	@Embedded
	private TableHeader header = new TableHeader();

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Disclosure disclosure;
	private String disclosureReason;
	private Long submittedBy;
	private Integer approvedVersion;
	/** The number of the latest submitted version, 0 before the first submission. */
	private int latestVersion;

	// read with the row (no lookup per table): the unit's name and its department, for display and access checks
	@Formula(OrganizationSql.UNIT_NAME)
	private String unitName;
	@Formula(OrganizationSql.UNIT_PARENT_ID)
	private Long unitParentId;

	private Long copiedFromId;
	private long createdBy;
	private Instant createdAt;
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "indicators", joinColumns = @JoinColumn(name = "table_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<Indicator> indicators = new ArrayList<>();

	protected TargetTable() {
	}

	TargetTable(TableKind kind, TableFormat format, int year, long ruleSetId, long unitId, long createdBy,
			Long copiedFromId, TableContent content, Instant now) {
		this.kind = kind;
		this.format = format;
		this.year = year;
		this.ruleSetId = ruleSetId;
		this.unitId = unitId;
		this.createdBy = createdBy;
		this.copiedFromId = copiedFromId;
		this.status = TableStatus.DRAFT;
		this.createdAt = now;
		apply(content, now);
	}

	/** Replaces header and indicators; refused once the table has left the drafter's hands. */
	void replaceContent(TableContent content, Instant now) {
		if (!status.isEditable()) {
			throw new ConflictException("table.notEditable");
		}
		apply(content, now);
	}

	private void apply(TableContent content, Instant now) {
		this.header = TableHeader.of(content);
		this.indicators.clear();
		this.indicators.addAll(content.indicators());
		this.updatedAt = now;
	}

	/** Hands a drafted or returned table to its first review stage. */
	public void submit(TableStatus firstStage, long userId, Instant now) {
		if (!status.isEditable() || !(firstStage == TableStatus.DEPT_REVIEW || firstStage == TableStatus.FINANCE_REVIEW)) {
			throw new ConflictException("table.wrongState");
		}
		status = firstStage;
		submittedBy = userId;
		latestVersion++;
		updatedAt = now;
	}

	/** Records activity on the table (a hand-over), so a concurrent change of it conflicts. */
	public TargetTable touch(Instant now) {
		updatedAt = now;
		return this;
	}

	/** Takes a submission back to draft before any reviewer acted. */
	public void withdraw(Instant now) {
		require(TableStatus.DEPT_REVIEW, TableStatus.FINANCE_REVIEW);
		status = TableStatus.DRAFT;
		updatedAt = now;
	}

	/** The department approved: on to finance. */
	public void passDepartmentReview(Instant now) {
		require(TableStatus.DEPT_REVIEW);
		status = TableStatus.FINANCE_REVIEW;
		updatedAt = now;
	}

	/** A reviewer sent the table back to its drafter. */
	public void returnToDrafter(Instant now) {
		require(TableStatus.DEPT_REVIEW, TableStatus.FINANCE_REVIEW);
		status = TableStatus.RETURNED;
		updatedAt = now;
	}

	/** Finance approved the given submitted version, which is frozen from now on. */
	public void approve(int versionNumber, Instant now) {
		require(TableStatus.FINANCE_REVIEW);
		status = TableStatus.APPROVED;
		approvedVersion = versionNumber;
		updatedAt = now;
	}

	/** Finance graded 差: rejected for this budget round. */
	public void reject(Instant now) {
		require(TableStatus.FINANCE_REVIEW);
		status = TableStatus.REJECTED;
		updatedAt = now;
	}

	/** The publication decision on the approved version; a withheld table needs its reason. */
	public void decidePublication(Disclosure decision, String reason, Instant now) {
		require(TableStatus.APPROVED);
		status = TableStatus.PUBLISHED;
		disclosure = decision;
		disclosureReason = reason;
		updatedAt = now;
	}

	private void require(TableStatus... allowed) {
		for (TableStatus candidate : allowed) {
			if (status == candidate) {
				return;
			}
		}
		throw new ConflictException("table.wrongState");
	}

	/** The table's content as a value, e.g. to copy it or to check an edited variant of it. */
	public TableContent content() {
		return header.content(indicators);
	}

	public Long getId() {
		return id;
	}

	public TableKind getKind() {
		return kind;
	}

	public TableFormat getFormat() {
		return format;
	}

	public int getYear() {
		return year;
	}

	public long getRuleSetId() {
		return ruleSetId;
	}

	public long getUnitId() {
		return unitId;
	}

	/** The unit's name as read with the table (null on a table created in this transaction). */
	String getUnitName() {
		return unitName;
	}

	/** The organization above the unit (its department), as read with the table. */
	Long getUnitParentId() {
		return unitParentId;
	}

	public int getLatestVersion() {
		return latestVersion;
	}

	public TableStatus getStatus() {
		return status;
	}

	public long getVersion() {
		return version;
	}

	public String getProjectName() {
		return header.projectName();
	}

	public String getProjectLead() {
		return header.projectLead();
	}

	public String getImplementingUnit() {
		return header.implementingUnit();
	}

	public String getFunctionCode() {
		return header.functionCode();
	}

	public String getContactPerson() {
		return header.contactPerson();
	}

	public String getContactPhone() {
		return header.contactPhone();
	}

	public BigDecimal getTotalFunds() {
		return header.totalFunds();
	}

	public BigDecimal getFiscalFunds() {
		return header.fiscalFunds();
	}

	public BigDecimal getOtherFunds() {
		return header.otherFunds();
	}

	public BigDecimal getFiscalUpper() {
		return header.fiscalUpper();
	}

	public BigDecimal getFiscalLocal() {
		return header.fiscalLocal();
	}

	public String getOverallGoal() {
		return header.overallGoal();
	}

	public boolean isSatisfactionNotApplicable() {
		return header.satisfactionNotApplicable();
	}

	public String getSatisfactionReason() {
		return header.satisfactionReason();
	}

	public Disclosure getDisclosure() {
		return disclosure;
	}

	public String getDisclosureReason() {
		return disclosureReason;
	}

	public Long getSubmittedBy() {
		return submittedBy;
	}

	public Integer getApprovedVersion() {
		return approvedVersion;
	}

	public Long getCopiedFromId() {
		return copiedFromId;
	}

	public long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public List<Indicator> getIndicators() {
		return List.copyOf(indicators);
	}
}
