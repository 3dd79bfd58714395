package io.jixiao.evaluation;

import io.jixiao.checks.Finding;
import io.jixiao.checks.Severity;
import io.jixiao.monitoring.MonitoringQueries;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.system.ConflictException;
import io.jixiao.system.DeadlockVictim;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.NotFoundException;
import io.jixiao.targets.Indicator;
import io.jixiao.targets.IndicatorOrder;
import io.jixiao.targets.TableAdjustments;
import io.jixiao.targets.VersionInForce;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-evaluation commands. Each loads the evaluation, checks that this user may do this now, lets the
 * evaluation take the transition and writes it first (so that of two concurrent attempts the second fails on its
 * version), then moves the process on, in one transaction; the evaluation's events are recorded by the audit trail.
 */
@Service
@Transactional
// outside the transaction: a run that lost a deadlock is rolled back, then run again in a new one
@Retryable(predicate = DeadlockVictim.class, maxRetries = 3, delay = 20, jitter = 10, multiplier = 2)
public class EvaluationCommands {

	static final int COMMENT_LENGTH = 1000;

	private final EvaluationRounds rounds;
	private final Evaluations evaluations;
	private final EvaluationAccess access;
	private final EvaluationJudge judge;
	private final EvaluationProcess process;
	private final TableAdjustments tables;
	private final MonitoringQueries monitoring;
	private final OrganizationDirectory directory;
	private final EvaluationQueries queries;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	EvaluationCommands(EvaluationRounds rounds, Evaluations evaluations, EvaluationAccess access,
			EvaluationJudge judge, EvaluationProcess process, TableAdjustments tables, MonitoringQueries monitoring,
			OrganizationDirectory directory, EvaluationQueries queries, ApplicationEventPublisher events, Clock clock) {
		this.rounds = rounds;
		this.evaluations = evaluations;
		this.access = access;
		this.judge = judge;
		this.process = process;
		this.tables = tables;
		this.monitoring = monitoring;
		this.directory = directory;
		this.queries = queries;
		this.events = events;
		this.clock = clock;
	}

	/** A round opened: its id and how many evaluations it created. */
	public record Opened(long id, int year, int evaluations) {
	}

	/**
	 * Opens the round of a year: one evaluation per table with an approved version that year, bound to the version
	 * in force, prefilled with its budget and its last monitoring report's 全年预计完成值, each on its own process.
	 */
	public Opened openRound(Account account, int year, LocalDate dueDate) {
		EvaluationAccess.requireFinance(account);
		if (dueDate == null) {
			throw new InvalidInputException("evaluation.dueDate");
		}
		if (rounds.existsByYear(year)) {
			throw new ConflictException("evaluation.roundExists");
		}
		EvaluationRound round = rounds.saveAndFlush(new EvaluationRound(year, dueDate, account.id(), clock.instant()));
		return new Opened(round.getId(), year, add(round, tables.versionsInForce(year), account));
	}

	/**
	 * Adds to a round the tables of its year approved after it opened (still in review then), each as
	 * {@link #openRound} would have; the number added, 0 when every approved table has its evaluation.
	 */
	public int addApprovedSince(Account account, long roundId) {
		EvaluationAccess.requireFinance(account);
		EvaluationRound round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("round " + roundId));
		return add(round, tables.versionsInForce(round.getYear(), Set.copyOf(evaluations.tableIdsOfRound(roundId))),
				account);
	}

	private int add(EvaluationRound round, List<VersionInForce> versions, Account account) {
		List<Evaluation> created = new ArrayList<>();
		for (VersionInForce table : versions) {
			Map<String, String> expected = monitoring.expectedFullYear(table.tableId(), table.version());
			List<EvaluationRow> rows = new ArrayList<>();
			for (Indicator i : IndicatorOrder.of(table.kind(), table.format()).sorted(table.content().indicators())) {
				rows.add(new EvaluationRow(i.getLevel1(), i.getLevel2(), i.getName(), i.getValue(), i.getWeight(),
						expected.get(i.getName())));
			}
			long department = table.unitParentId() != null ? table.unitParentId() : table.unitId();
			created.add(new Evaluation(round, table.tableId(), table.kind(), table.version(), table.unitId(), department,
					table.content().projectName(), table.content().overallGoal(), table.content().fiscalOrRest(),
					table.content().otherOrZero(), rows,
					account.actor(), clock.instant()));
		}
		RuleSet rules = judge.rules(round.getYear());
		created.forEach(e -> judge.keep(e, rules));
		evaluations.saveAll(created).forEach(process::start);
		return created.size();
	}

	/** The unit's figures, when the caller edited the current version of the evaluation; 409 otherwise. */
	public void fill(Account account, long evaluationId, long version, EvaluationFilling filling) {
		Evaluation evaluation = access.evaluation(account, evaluationId);
		EvaluationAccess.requireUnitLead(account, evaluation);
		if (evaluation.getVersion() != version) {
			throw new ConflictException("error.staleVersion");
		}
		evaluation.fill(filling, account.actor(), clock.instant());
		judge.keep(evaluation);
		evaluations.saveAndFlush(evaluation);
	}

	/** Submits the evaluation; refused with its ERROR findings while any stands. */
	public void submit(Account account, long evaluationId) {
		Evaluation evaluation = access.evaluation(account, evaluationId);
		EvaluationAccess.requireUnitLead(account, evaluation);
		if (!evaluation.getStatus().isEditable()) {
			throw new ConflictException("evaluation.wrongState");
		}
		List<Finding> errors = judge.findings(evaluation, judge.keep(evaluation)).stream()
			.filter(f -> f.severity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors, "evaluation.submitErrors", errors.size());
		}
		Task task = access.taskAt(evaluation, EvaluationProcess.FILL);
		Organization department = directory.get(evaluation.getUnitId()).department();
		boolean deptReview = department != null && department.isDeptReviews();
		evaluation.submit(deptReview, account.actor(), clock.instant());
		evaluations.saveAndFlush(evaluation);
		process.complete(task, account, Map.of("deptReview", deptReview, "departmentId",
				department == null ? 0L : department.getId()));
		events.publishEvent(process.arrived(queries.document(evaluation),
				deptReview ? EvaluationProcess.DEPT_REVIEW : EvaluationProcess.FINANCE_REVIEW));
	}

	/**
	 * A reviewer's decision, APPROVE or RETURN (with its comment), with an optional re-score of some rows by index
	 * (the department where it reviews, finance's 抽评): the unit's scores stay, the review's total stands beside.
	 */
	public void review(Account account, long evaluationId, String decision, String comment,
			Map<Integer, BigDecimal> scores) {
		Evaluation evaluation = access.evaluation(account, evaluationId);
		Task task = access.reviewTask(account, evaluation);
		boolean approve = "APPROVE".equals(decision);
		if (!approve && !"RETURN".equals(decision)) {
			throw new InvalidInputException("evaluation.decision");
		}
		String text = EvaluationFilling.text("evaluation.comment", comment, COMMENT_LENGTH);
		if (!approve && text == null) {
			throw new InvalidInputException("evaluation.commentRequired");
		}
		if (!scores.isEmpty()) {
			List<BigDecimal> weights = judge.score(evaluation).rows().stream().map(Scorecard.RowScore::weight).toList();
			evaluation.rescore(scores, weights, account.actor());
			judge.keep(evaluation);
		}
		evaluation.decide(approve, text, account.actor(), clock.instant());
		evaluations.saveAndFlush(evaluation);
		process.complete(task, account, Map.of("decision", approve ? "APPROVE" : "RETURN"));
		if (evaluation.getStatus() == EvaluationStatus.FINANCE_REVIEW) {
			events.publishEvent(process.arrived(queries.document(evaluation), EvaluationProcess.FINANCE_REVIEW));
		}
	}
}
