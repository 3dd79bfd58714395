package io.jixiao.monitoring;

import io.jixiao.monitoring.MonitoringStep.Step;
import io.jixiao.organizations.Actor;
import io.jixiao.system.ConflictException;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.Money;
import jakarta.persistence.CollectionTable;
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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hibernate.annotations.BatchSize;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A unit's monitoring report on one approved table for one round. It guards its own state: only a draft or a
 * returned report takes new figures, each decision checks the status it is taken at, and every transition records
 * a {@link MonitoringStep} published when the repository saves the report.
 */
@Entity
@Table(name = "monitoring_reports")
class MonitoringReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long roundId;
	private long tableId;
	private int tableVersion;
	private long unitId;
	private long departmentId;
	private String projectName;
	private String overallGoal;
	@Enumerated(EnumType.STRING)
	private ReportStatus status;
	@Enumerated(EnumType.STRING)
	private Light light;
	private String lightRule;
	@Version
	private long version;
	private BigDecimal fiscalInitial;
	private BigDecimal fiscalAdjusted;
	private BigDecimal fiscalExecuted;
	private BigDecimal otherInitial;
	private BigDecimal otherAdjusted;
	private BigDecimal otherExecuted;
	private String overallProgress;
	private boolean keyMonitoring;
	private String rectification;
	private String rectificationResult;
	private String reviewComment;
	private Long submittedBy;
	private Instant updatedAt;
	private Integer adjustmentNumber;

	@ElementCollection
	@CollectionTable(name = "monitoring_rows", joinColumns = @JoinColumn(name = "report_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<ReportRow> rows = new ArrayList<>();

	@Transient
	private final List<Function<MonitoringReport, Object>> events = new ArrayList<>();

	protected MonitoringReport() {
	}

	/**
	 * A new report of a round on the version in force of a table, its 财政拨款 and 其他资金 taken from that version
	 * (调整后预算数 starting from them).
	 */
	MonitoringReport(MonitoringRound round, long tableId, int tableVersion, long unitId, long departmentId,
			String projectName, String overallGoal, BigDecimal fiscal, BigDecimal other, List<ReportRow> rows,
			Actor actor, Instant now) {
		this.roundId = round.getId();
		this.tableId = tableId;
		this.tableVersion = tableVersion;
		this.unitId = unitId;
		this.departmentId = departmentId;
		this.projectName = projectName;
		this.overallGoal = overallGoal;
		this.fiscalInitial = fiscal;
		this.fiscalAdjusted = fiscal;
		this.otherInitial = other;
		this.otherAdjusted = other;
		this.status = ReportStatus.DRAFT;
		this.updatedAt = now;
		this.rows.addAll(rows);
		raise(Step.OPEN, null, actor);
	}

	/** The unit's figures; refused once the report has left the unit's hands. */
	void fill(ReportFilling filling, Actor actor, Instant now) {
		if (!status.isEditable()) {
			throw new ConflictException("monitoring.notEditable");
		}
		if (filling.rows().size() != rows.size()) {
			throw new InvalidInputException("monitoring.rowCount", rows.size());
		}
		fiscalAdjusted = filling.fiscalAdjusted();
		fiscalExecuted = filling.fiscalExecuted();
		otherAdjusted = filling.otherAdjusted();
		otherExecuted = filling.otherExecuted();
		overallProgress = filling.overallProgress();
		for (int i = 0; i < rows.size(); i++) {
			rows.get(i).fill(filling.rows().get(i));
		}
		updatedAt = now;
		raise(Step.UPDATE, null, actor);
	}

	/** The lights the rules set, kept with the report so that rounds count them without judging again. */
	void judge(Assessment assessment) {
		light = assessment.light();
		lightRule = assessment.lightRule();
		for (int i = 0; i < rows.size(); i++) {
			rows.get(i).light(assessment.rowLights().get(i), assessment.rowRules().get(i));
		}
	}

	/** To the department that reviews it ({@code deptReview}), or straight to finance. */
	void submit(boolean deptReview, Actor actor, Instant now) {
		if (!status.isEditable()) {
			throw new ConflictException("monitoring.wrongState");
		}
		status = deptReview ? ReportStatus.DEPT_REVIEW : ReportStatus.FINANCE_REVIEW;
		submittedBy = actor.id();
		updatedAt = now;
		raise(Step.SUBMIT, null, actor);
	}

	/**
	 * A reviewer's decision at the stage the report is in: the department passes it to finance, finance accepts
	 * it (marking it for 重点监控 with its 整改要求 when it chooses); either returns it with a comment.
	 */
	void decide(boolean approve, String comment, String rectification, Actor actor, Instant now) {
		if (status != ReportStatus.DEPT_REVIEW && status != ReportStatus.FINANCE_REVIEW) {
			throw new ConflictException("monitoring.wrongState");
		}
		reviewComment = comment;
		updatedAt = now;
		if (!approve) {
			status = ReportStatus.RETURNED;
			raise(Step.RETURN, comment, actor);
			return;
		}
		if (status == ReportStatus.DEPT_REVIEW) {
			status = ReportStatus.FINANCE_REVIEW;
			raise(Step.APPROVE, comment, actor);
			return;
		}
		status = ReportStatus.ACCEPTED;
		raise(Step.APPROVE, comment, actor);
		if (rectification != null) {
			keyMonitoring = true;
			this.rectification = rectification;
			raise(Step.KEY_MONITORING, rectification, actor);
		}
	}

	/** The unit's answer to finance's 整改要求, once. */
	void rectify(String result, Actor actor, Instant now) {
		if (status != ReportStatus.ACCEPTED || !keyMonitoring || rectificationResult != null) {
			throw new ConflictException("monitoring.noRectification");
		}
		rectificationResult = result;
		updatedAt = now;
		raise(Step.RECTIFY, result, actor);
	}

	/** The adjustment of the table this report proposed (its number), for its page to link to. */
	void proposedAdjustment(int number, Instant now) {
		adjustmentNumber = number;
		updatedAt = now;
	}

	private void raise(Step step, String text, Actor actor) {
		ReportStatus after = status;
		events.add(r -> new MonitoringStep(r.id, r.tableId, r.roundId, step, after, text, actor));
	}

	@DomainEvents
	List<Object> domainEvents() {
		return events.stream().map(event -> event.apply(this)).toList();
	}

	@AfterDomainEventPublication
	void clearDomainEvents() {
		events.clear();
	}

	Long getId() {
		return id;
	}

	long getRoundId() {
		return roundId;
	}

	long getTableId() {
		return tableId;
	}

	int getTableVersion() {
		return tableVersion;
	}

	long getUnitId() {
		return unitId;
	}

	long getDepartmentId() {
		return departmentId;
	}

	String getProjectName() {
		return projectName;
	}

	String getOverallGoal() {
		return overallGoal;
	}

	ReportStatus getStatus() {
		return status;
	}

	Light getLight() {
		return light;
	}

	String getLightRule() {
		return lightRule;
	}

	long getVersion() {
		return version;
	}

	/** 年度资金总额 of the columns below: the two sources summed, null while either is missing. */
	BigDecimal getBudgetInitial() {
		return Money.sum(fiscalInitial, otherInitial);
	}

	BigDecimal getBudgetAdjusted() {
		return Money.sum(fiscalAdjusted, otherAdjusted);
	}

	BigDecimal getBudgetExecuted() {
		return Money.sum(fiscalExecuted, otherExecuted);
	}

	BigDecimal getFiscalInitial() {
		return fiscalInitial;
	}

	BigDecimal getFiscalAdjusted() {
		return fiscalAdjusted;
	}

	BigDecimal getFiscalExecuted() {
		return fiscalExecuted;
	}

	BigDecimal getOtherInitial() {
		return otherInitial;
	}

	BigDecimal getOtherAdjusted() {
		return otherAdjusted;
	}

	BigDecimal getOtherExecuted() {
		return otherExecuted;
	}

	String getOverallProgress() {
		return overallProgress;
	}

	boolean isKeyMonitoring() {
		return keyMonitoring;
	}

	String getRectification() {
		return rectification;
	}

	String getRectificationResult() {
		return rectificationResult;
	}

	String getReviewComment() {
		return reviewComment;
	}

	Long getSubmittedBy() {
		return submittedBy;
	}

	Integer getAdjustmentNumber() {
		return adjustmentNumber;
	}

	List<ReportRow> getRows() {
		return rows;
	}
}
