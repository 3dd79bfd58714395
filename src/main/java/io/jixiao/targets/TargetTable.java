package io.jixiao.targets;

import io.jixiao.checks.TableFormat;
import io.jixiao.checks.TableKind;
import io.jixiao.organizations.Actor;
import io.jixiao.organizations.OrganizationSql;
import io.jixiao.system.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Formula;

/**
 * A performance target table (项目支出绩效目标表 or 单位整体绩效目标表) of one budget unit and year.
 * It guards its own state: only a draft or a returned table takes new content; it decides where each transition
 * leads, and records an event of it that is published when the repository saves it.
 */
@Entity
@Table(name = "target_tables")
public class TargetTable extends AdjustableTable<TargetTable> {

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

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Disclosure disclosure;
	private String disclosureReason;
	private Long submittedBy;
	private Integer approvedVersion;
	/** The number of the latest submitted version, 0 before the first submission. */
	private int latestVersion;
	/** Finance's latest grade (its label), kept on the table so that lists filter by it. */
	private String grade;

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

	/** A new draft; {@code copiedFromId} names the table it was copied from, if any. */
	TargetTable(TableKind kind, TableFormat format, int year, long ruleSetId, long unitId, Actor creator,
			Long copiedFromId, TableContent content, Instant now) {
		this.kind = kind;
		this.format = format;
		this.year = year;
		this.ruleSetId = ruleSetId;
		this.unitId = unitId;
		this.createdBy = creator.id();
		this.copiedFromId = copiedFromId;
		this.status = TableStatus.DRAFT;
		this.createdAt = now;
		apply(content, now);
		int rows = content.indicators().size();
		raise(t -> copiedFromId == null ? new TableCreated(t.id, creator, kind, year, content.projectName(), rows)
				: new TableCopied(t.id, creator, copiedFromId, year));
	}

	/** Replaces header and indicators (kept in official order); refused once the table has left the drafter's hands. */
	void replaceContent(TableContent content, Actor actor, Instant now) {
		if (!getStatus().isEditable()) {
			throw new ConflictException("table.notEditable");
		}
		TableContent before = content();
		apply(content, now);
		TableDiff changes = TableDiff.between(0, before, 0, content());
		raise(t -> new TableUpdated(t.id, t.version, actor, changes));
	}

	private void apply(TableContent content, Instant now) {
		setHeader(TableHeader.of(content));
		this.indicators.clear();
		this.indicators.addAll(IndicatorOrder.of(kind, format).sorted(content.indicators()));
		this.updatedAt = now;
	}

	/** Hands a drafted or returned table to its reviewing department ({@code reviewingDepartmentId}) or finance. */
	public void submit(Long reviewingDepartmentId, Actor actor, Instant now) {
		if (!getStatus().isEditable()) {
			throw new ConflictException("table.wrongState");
		}
		moveTo(reviewingDepartmentId != null ? TableStatus.DEPT_REVIEW : TableStatus.FINANCE_REVIEW);
		submittedBy = actor.id();
		latestVersion++;
		updatedAt = now;
		TableSubmitted submitted = new TableSubmitted(id, latestVersion, getStatus(), actor, displayName(),
				reviewingDepartmentId);
		raise(t -> submitted);
	}

	/** Records activity on the table (a reassignment), so a concurrent change of it conflicts. */
	public TargetTable touch(Instant now) {
		updatedAt = now;
		return this;
	}

	/** Takes a submission back to draft before any reviewer acted. */
	public void withdraw(Actor actor, Instant now) {
		require(TableStatus.DEPT_REVIEW, TableStatus.FINANCE_REVIEW);
		TableStatus stage = getStatus();
		moveTo(isAdjusting() ? TableStatus.ADJUSTING : TableStatus.DRAFT);
		updatedAt = now;
		TableWithdrawn withdrawn = new TableWithdrawn(id, latestVersion, stage, getStatus(), actor);
		raise(t -> withdrawn);
	}

	/**
	 * A reviewer's decision on the latest version: the department's approval sends it on to finance, finance's
	 * approves (that version is frozen from now on); a return sends it back to the drafter; only finance rejects. On
	 * an adjustment finance's approval makes the proposal the version in force, and its rejection (差) ends the
	 * adjustment with the earlier version in force (the caller restores that content).
	 */
	public void decide(Decision decision, Grade grade, String comment, Actor actor, Instant now) {
		require(TableStatus.DEPT_REVIEW, TableStatus.FINANCE_REVIEW);
		TableStatus stage = getStatus();
		switch (decision) {
			case APPROVE -> {
				if (stage == TableStatus.DEPT_REVIEW) {
					moveTo(TableStatus.FINANCE_REVIEW);
				}
				else {
					if (isAdjusting()) {
						closeAdjustment(AdjustmentStatus.APPROVED, latestVersion, now);
					}
					status = TableStatus.APPROVED;
					approvedVersion = latestVersion;
				}
			}
			case RETURN -> moveTo(TableStatus.RETURNED);
			case REJECT -> {
				require(TableStatus.FINANCE_REVIEW);
				if (isAdjusting()) {
					closeAdjustment(AdjustmentStatus.REJECTED, null, now);
				}
				else {
					status = TableStatus.REJECTED;
				}
			}
		}
		updatedAt = now;
		this.grade = grade == null ? this.grade : grade.label();
		TableDecided decided = new TableDecided(id, latestVersion, stage, getStatus(), decision, grade, comment, actor,
				displayName(), drafterId());
		raise(t -> decided);
	}

	/** A reviewer hands the review task to a colleague (转办); the table records the activity. */
	public void handOver(Actor actor, long toUserId, String toName, Instant now) {
		require(TableStatus.DEPT_REVIEW, TableStatus.FINANCE_REVIEW);
		updatedAt = now;
		TableHandedOver handedOver = new TableHandedOver(id, latestVersion, getStatus(), actor, toUserId, toName,
				displayName());
		raise(t -> handedOver);
	}

	/** The publication decision on the approved version; a withheld table needs its reason. */
	public void decidePublication(Disclosure decision, String reason, Actor actor, Instant now) {
		require(TableStatus.APPROVED);
		status = TableStatus.PUBLISHED;
		disclosure = decision;
		disclosureReason = reason;
		updatedAt = now;
		TablePublished published = new TablePublished(id, approvedVersion, status, decision, reason, actor,
				displayName(), drafterId());
		raise(t -> published);
	}

	/**
	 * Opens an adjustment of the approved or published table: its content becomes the unit's proposal, while the
	 * approved version stays in force (and public) until finance approves the proposal. One open at a time.
	 */
	public void openAdjustment(String reason, Actor actor, Instant now) {
		if (isAdjusting()) {
			throw new ConflictException("adjustment.alreadyOpen");
		}
		require(TableStatus.APPROVED, TableStatus.PUBLISHED);
		int number = startAdjustment(reason, status, approvedVersion, actor.id(), now);
		updatedAt = now;
		TableAdjustmentOpened opened = new TableAdjustmentOpened(id, number, reason, approvedVersion, status, actor,
				displayName());
		raise(t -> opened);
	}

	/** The unit cancels its open adjustment before finance decided: back to the status in force (content restored). */
	void cancelAdjustment(TableContent inForce, Actor actor, Instant now) {
		if (!isAdjusting()) {
			throw new ConflictException("adjustment.noneOpen");
		}
		TableStatus stage = getStatus();
		int number = closeAdjustment(AdjustmentStatus.CANCELLED, null, now).getNumber();
		restore(inForce, now);
		TableAdjustmentCancelled cancelled = new TableAdjustmentCancelled(id, number, latestVersion, stage, status,
				actor, displayName());
		raise(t -> cancelled);
	}

	/** Puts the version in force back as the table's content, after an adjustment ended without approval. */
	void restore(TableContent inForce, Instant now) {
		require(TableStatus.APPROVED, TableStatus.PUBLISHED);
		apply(inForce, now);
	}

	/** The live status takes the transition: the open adjustment's progress, or the table's own. */
	private void moveTo(TableStatus next) {
		if (!advanceAdjustment(next)) {
			status = next;
		}
	}

	/** How messages name the table: its project, or for a unit table its unit. */
	public String displayName() {
		return getProjectName() != null ? getProjectName() : unitName;
	}

	/** Who hears about the table's outcome: who submitted it, or who created it. */
	private long drafterId() {
		return submittedBy != null ? submittedBy : createdBy;
	}

	private void require(TableStatus... allowed) {
		if (!List.of(allowed).contains(getStatus())) {
			throw new ConflictException("table.wrongState");
		}
	}

	/** The table's content as a value, e.g. to copy it or to check an edited variant of it. */
	public TableContent content() {
		return content(indicators);
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

	/** Where the table stands now: an open adjustment's progress, or the table's own status. */
	public TableStatus getStatus() {
		return isAdjusting() ? adjustmentProgress() : status;
	}

	/** The status the approved version is in while an adjustment is open (APPROVED or PUBLISHED), else the status. */
	public TableStatus getStatusInForce() {
		return status;
	}


	public long getVersion() {
		return version;
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
