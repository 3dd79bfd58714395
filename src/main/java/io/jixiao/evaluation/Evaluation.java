package io.jixiao.evaluation;

import io.jixiao.checks.TableKind;

import io.jixiao.evaluation.EvaluationStep.Step;
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
import java.util.Map;
import java.util.function.Function;
import org.hibernate.annotations.BatchSize;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A unit's self-evaluation of one approved table for one year's round. It guards its own state: only a draft or a
 * returned evaluation takes new figures, each decision checks the status it is taken at, and every transition
 * records an {@link EvaluationStep} published when the repository saves it. The scores the engine computed are kept
 * with it (so that a round counts grades without scoring again), a reviewer's re-score beside the unit's.
 */
@Entity
@Table(name = "evaluations")
class Evaluation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long roundId;
	private long tableId;
	private int tableVersion;
	private long unitId;
	private long departmentId;
	@Enumerated(EnumType.STRING)
	private TableKind tableKind;
	private String projectName;
	private String overallGoal;
	@Enumerated(EnumType.STRING)
	private EvaluationStatus status;
	@Version
	private long version;
	private BigDecimal fiscalInitial;
	private BigDecimal fiscalAnnual;
	private BigDecimal fiscalExecuted;
	private BigDecimal otherInitial;
	private BigDecimal otherAnnual;
	private BigDecimal otherExecuted;
	private String overallResult;
	private String conclusion;
	private String problems;
	private String improvements;
	private BigDecimal total;
	private String grade;
	private BigDecimal reviewScore;
	private String reviewGrade;
	private String reviewComment;
	private Long submittedBy;
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "evaluation_rows", joinColumns = @JoinColumn(name = "evaluation_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<EvaluationRow> rows = new ArrayList<>();

	@Transient
	private final List<Function<Evaluation, Object>> events = new ArrayList<>();

	protected Evaluation() {
	}

	/** A new evaluation on the version in force of a table, its 全年预算数 prefilled with the approved budget. */
	Evaluation(EvaluationRound round, long tableId, TableKind tableKind, int tableVersion, long unitId,
			long departmentId, String projectName, String overallGoal, BigDecimal fiscal, BigDecimal other,
			List<EvaluationRow> rows, Actor actor, Instant now) {
		this.roundId = round.getId();
		this.tableId = tableId;
		this.tableKind = tableKind;
		this.tableVersion = tableVersion;
		this.unitId = unitId;
		this.departmentId = departmentId;
		this.projectName = projectName;
		this.overallGoal = overallGoal;
		this.fiscalInitial = fiscal;
		this.fiscalAnnual = fiscal;
		this.otherInitial = other;
		this.otherAnnual = other;
		this.status = EvaluationStatus.DRAFT;
		this.updatedAt = now;
		this.rows.addAll(rows);
		raise(Step.OPEN, null, null, actor);
	}

	/** The unit's figures; refused once the evaluation has left the unit's hands. */
	void fill(EvaluationFilling filling, Actor actor, Instant now) {
		if (!status.isEditable()) {
			throw new ConflictException("evaluation.notEditable");
		}
		if (filling.rows().size() != rows.size()) {
			throw new InvalidInputException("evaluation.rowCount", rows.size());
		}
		fiscalAnnual = filling.fiscalAnnual();
		fiscalExecuted = filling.fiscalExecuted();
		otherAnnual = filling.otherAnnual();
		otherExecuted = filling.otherExecuted();
		overallResult = filling.overallResult();
		conclusion = filling.conclusion();
		problems = filling.problems();
		improvements = filling.improvements();
		for (int i = 0; i < rows.size(); i++) {
			rows.get(i).fill(filling.rows().get(i));
		}
		reviewScore = null;
		reviewGrade = null;
		updatedAt = now;
		raise(Step.UPDATE, null, null, actor);
	}

	/** The engine's scores, kept with the evaluation; {@code review} is null while no reviewer re-scored. */
	void keep(Scorecard unit, Scorecard review) {
		total = unit.total();
		grade = unit.grade();
		for (int i = 0; i < rows.size(); i++) {
			rows.get(i).score(unit.rows().get(i).score());
		}
		reviewScore = review == null ? null : review.total();
		reviewGrade = review == null ? null : review.grade();
	}

	/** To the department that reviews it ({@code deptReview}), or straight to finance. */
	void submit(boolean deptReview, Actor actor, Instant now) {
		if (!status.isEditable()) {
			throw new ConflictException("evaluation.wrongState");
		}
		status = deptReview ? EvaluationStatus.DEPT_REVIEW : EvaluationStatus.FINANCE_REVIEW;
		submittedBy = actor.id();
		updatedAt = now;
		raise(Step.SUBMIT, null, total, actor);
	}

	/** A reviewer's scores on some rows (by index), each between 0 and the row's weight after rescaling. */
	void rescore(Map<Integer, BigDecimal> scores, List<BigDecimal> weights, Actor actor) {
		requireInReview();
		for (Map.Entry<Integer, BigDecimal> e : scores.entrySet()) {
			int index = e.getKey();
			if (index < 0 || index >= rows.size() || rows.get(index).isNotApplicable()) {
				throw new InvalidInputException("evaluation.rowIndex", rows.size());
			}
			BigDecimal score = e.getValue();
			if (score == null || score.signum() < 0 || score.compareTo(weights.get(index)) > 0) {
				throw new InvalidInputException("evaluation.scoreRange", index + 1, weights.get(index).toPlainString());
			}
			rows.get(index).review(Scoring.round(score));
		}
		events.add(e -> new EvaluationStep(e.id, e.tableId, e.roundId, Step.RESCORE, e.status, null, e.reviewScore,
				actor));
	}

	/** A reviewer's decision at the stage the evaluation is in: on to finance, accepted, or returned. */
	void decide(boolean approve, String comment, Actor actor, Instant now) {
		requireInReview();
		reviewComment = comment;
		updatedAt = now;
		if (!approve) {
			status = EvaluationStatus.RETURNED;
		}
		else {
			status = status == EvaluationStatus.DEPT_REVIEW ? EvaluationStatus.FINANCE_REVIEW
					: EvaluationStatus.ACCEPTED;
		}
		raise(approve ? Step.APPROVE : Step.RETURN, comment, null, actor);
	}

	private void requireInReview() {
		if (status != EvaluationStatus.DEPT_REVIEW && status != EvaluationStatus.FINANCE_REVIEW) {
			throw new ConflictException("evaluation.wrongState");
		}
	}

	private void raise(Step step, String text, BigDecimal score, Actor actor) {
		EvaluationStatus after = status;
		events.add(e -> new EvaluationStep(e.id, e.tableId, e.roundId, step, after, text, score, actor));
	}

	@DomainEvents
	List<Object> domainEvents() {
		return events.stream().map(event -> event.apply(this)).toList();
	}

	@AfterDomainEventPublication
	void clearDomainEvents() {
		events.clear();
	}

	ScoreInput input() {
		return new ScoreInput(Money.sum(fiscalAnnual, otherAnnual), Money.sum(fiscalExecuted, otherExecuted),
				rows.stream().map(EvaluationRow::input).toList());
	}

	/** Whether a reviewer re-scored a row (抽评): then the evaluation has a review score beside the unit's. */
	boolean isRescored() {
		return rows.stream().anyMatch(r -> r.getReviewScore() != null);
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

	TableKind getTableKind() {
		return tableKind;
	}

	String getProjectName() {
		return projectName;
	}

	String getOverallGoal() {
		return overallGoal;
	}

	EvaluationStatus getStatus() {
		return status;
	}

	long getVersion() {
		return version;
	}

	BigDecimal getFiscalInitial() {
		return fiscalInitial;
	}

	BigDecimal getFiscalAnnual() {
		return fiscalAnnual;
	}

	BigDecimal getFiscalExecuted() {
		return fiscalExecuted;
	}

	BigDecimal getOtherInitial() {
		return otherInitial;
	}

	BigDecimal getOtherAnnual() {
		return otherAnnual;
	}

	BigDecimal getOtherExecuted() {
		return otherExecuted;
	}

	String getOverallResult() {
		return overallResult;
	}

	String getConclusion() {
		return conclusion;
	}

	String getProblems() {
		return problems;
	}

	String getImprovements() {
		return improvements;
	}

	BigDecimal getTotal() {
		return total;
	}

	String getGrade() {
		return grade;
	}

	BigDecimal getReviewScore() {
		return reviewScore;
	}

	String getReviewGrade() {
		return reviewGrade;
	}

	String getReviewComment() {
		return reviewComment;
	}

	Long getSubmittedBy() {
		return submittedBy;
	}

	List<EvaluationRow> getRows() {
		return rows;
	}
}
