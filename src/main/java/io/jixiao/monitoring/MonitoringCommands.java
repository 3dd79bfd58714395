package io.jixiao.monitoring;

import io.jixiao.checks.Finding;
import io.jixiao.checks.Severity;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.review.AdjustmentCommands;
import io.jixiao.system.ConflictException;
import io.jixiao.system.DeadlockVictim;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.NotFoundException;
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
 * The monitoring commands. Each loads the report, checks that this user may do this now, lets the report take the
 * transition and writes it first (so that of two concurrent attempts the second fails on the report's version),
 * then moves the process on, in one transaction; the report's events are recorded by the audit trail.
 */
@Service
@Transactional
// outside the transaction: a run that lost a deadlock is rolled back, then run again in a new one
@Retryable(predicate = DeadlockVictim.class, maxRetries = 3, delay = 20, jitter = 10, multiplier = 2)
public class MonitoringCommands {

	static final int COMMENT_LENGTH = 1000;
	private static final BigDecimal MAX_TOLERANCE = BigDecimal.valueOf(100);

	private final MonitoringRounds rounds;
	private final MonitoringReports reports;
	private final MonitoringAccess access;
	private final MonitoringJudge judge;
	private final ReportProcess process;
	private final TableAdjustments tables;
	private final OrganizationDirectory directory;
	private final AdjustmentCommands adjustments;
	private final Tolerances tolerances;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	MonitoringCommands(MonitoringRounds rounds, MonitoringReports reports, MonitoringAccess access,
			MonitoringJudge judge, ReportProcess process, TableAdjustments tables, OrganizationDirectory directory,
			AdjustmentCommands adjustments, Tolerances tolerances, ApplicationEventPublisher events, Clock clock) {
		this.rounds = rounds;
		this.reports = reports;
		this.access = access;
		this.judge = judge;
		this.process = process;
		this.tables = tables;
		this.directory = directory;
		this.adjustments = adjustments;
		this.tolerances = tolerances;
		this.events = events;
		this.clock = clock;
	}

	/** A round opened: its id and how many reports it created. */
	public record Opened(long id, int year, String period, int reports) {
	}

	/** Opens a round for a year and period: one report per approved table of the year, each on its own process. */
	public Opened openRound(Account account, int year, String period, LocalDate dueDate) {
		MonitoringAccess.requireFinance(account);
		Period p = Period.of(period);
		if (dueDate == null) {
			throw new InvalidInputException("monitoring.dueDateRequired");
		}
		if (rounds.existsByYearAndPeriod(year, p.code())) {
			throw new ConflictException("monitoring.roundExists");
		}
		MonitoringRound round = rounds.saveAndFlush(new MonitoringRound(year, p, dueDate, account.id(),
				clock.instant()));
		return new Opened(round.getId(), year, p.code(), add(round, tables.versionsInForce(year), account));
	}

	/**
	 * Adds to a round the tables of its year approved after it opened (still in review then), each as
	 * {@link #openRound} would have; the number added, 0 when every approved table has its report.
	 */
	public int addApprovedSince(Account account, long roundId) {
		MonitoringAccess.requireFinance(account);
		MonitoringRound round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("round " + roundId));
		return add(round, tables.versionsInForce(round.getYear(), Set.copyOf(reports.tableIdsOfRound(roundId))),
				account);
	}

	private int add(MonitoringRound round, List<VersionInForce> versions, Account account) {
		List<MonitoringReport> created = new ArrayList<>();
		for (VersionInForce table : versions) {
			List<ReportRow> rows = IndicatorOrder.of(table.kind(), table.format())
				.sorted(table.content().indicators()).stream()
				.map(i -> new ReportRow(i.getLevel1(), i.getLevel2(), i.getName(), i.getValue()))
				.toList();
			long department = table.unitParentId() != null ? table.unitParentId() : table.unitId();
			created.add(new MonitoringReport(round, table.tableId(), table.version(), table.unitId(), department,
					table.content().projectName(), table.content().overallGoal(), table.content().fiscalOrRest(),
					table.content().otherOrZero(), rows, account.actor(), clock.instant()));
		}
		reports.saveAll(created).forEach(process::start);
		return created.size();
	}

	/** The unit's figures, when the caller edited the current version of the report; 409 otherwise. */
	public void fill(Account account, long reportId, long version, ReportFilling filling) {
		MonitoringReport report = access.report(account, reportId);
		MonitoringAccess.requireUnitLead(account, report);
		if (report.getVersion() != version) {
			throw new ConflictException("error.staleVersion");
		}
		report.fill(filling, account.actor(), clock.instant());
		report.judge(judge.assess(report));
		reports.saveAndFlush(report);
	}

	/** Submits the report; refused with its ERROR findings while any stands. */
	public void submit(Account account, long reportId) {
		MonitoringReport report = access.report(account, reportId);
		MonitoringAccess.requireUnitLead(account, report);
		if (!report.getStatus().isEditable()) {
			throw new ConflictException("monitoring.wrongState");
		}
		List<Finding> errors = judge.findings(report).stream().filter(f -> f.severity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors, "monitoring.submitErrors", errors.size());
		}
		Task task = access.taskAt(report, ReportProcess.FILL);
		Organization department = directory.get(report.getUnitId()).department();
		boolean deptReview = department != null && department.isDeptReviews();
		report.submit(deptReview, account.actor(), clock.instant());
		reports.saveAndFlush(report);
		process.complete(task, account, Map.of("deptReview", deptReview, "departmentId",
				department == null ? 0L : department.getId()));
		events.publishEvent(process.arrived(ReportProcess.document(report),
				deptReview ? ReportProcess.DEPT_REVIEW : ReportProcess.FINANCE_REVIEW));
	}

	/**
	 * A reviewer's decision: APPROVE or RETURN (with its comment); finance may mark an accepted report for 重点监控
	 * with its 整改要求, which the unit then answers.
	 */
	public void review(Account account, long reportId, String decision, String comment, boolean keyMonitoring,
			String rectification) {
		MonitoringReport report = access.report(account, reportId);
		Task task = access.reviewTask(account, report);
		boolean approve = "APPROVE".equals(decision);
		if (!approve && !"RETURN".equals(decision)) {
			throw new InvalidInputException("monitoring.decision");
		}
		String text = RowFilling.text("monitoring.comment", comment, COMMENT_LENGTH);
		if (!approve && text == null) {
			throw new InvalidInputException("monitoring.commentRequired");
		}
		String requirement = RowFilling.text("monitoring.rectification", rectification, COMMENT_LENGTH);
		boolean key = approve && keyMonitoring;
		if (key && !ReportProcess.FINANCE_REVIEW.equals(task.getTaskDefinitionKey())) {
			throw new InvalidInputException("monitoring.keyByFinance");
		}
		if (key && requirement == null) {
			throw new InvalidInputException("monitoring.rectificationRequired");
		}
		report.decide(approve, text, key ? requirement : null, account.actor(), clock.instant());
		reports.saveAndFlush(report);
		process.complete(task, account, Map.of("decision", approve ? "APPROVE" : "RETURN", "keyMonitoring", key));
		if (report.getStatus() == ReportStatus.FINANCE_REVIEW) {
			events.publishEvent(process.arrived(ReportProcess.document(report), ReportProcess.FINANCE_REVIEW));
		}
	}

	/** The unit's 整改结果 on a report finance marked for 重点监控. */
	public void rectify(Account account, long reportId, String result) {
		MonitoringReport report = access.report(account, reportId);
		MonitoringAccess.requireUnitLead(account, report);
		String text = RowFilling.text("monitoring.rectificationResult", result, COMMENT_LENGTH);
		if (text == null) {
			throw new InvalidInputException("monitoring.resultRequired");
		}
		Task task = access.taskAt(report, ReportProcess.RECTIFY);
		report.rectify(text, account.actor(), clock.instant());
		reports.saveAndFlush(report);
		process.complete(task, account, Map.of());
	}

	/**
	 * The unit's lead opens an adjustment of the report's table from a red or yellow report, with the reason they
	 * settled on; the report keeps the adjustment's number. The adjustment's own rules apply: its table approved or
	 * published, none open (409). Answers the table's id.
	 */
	public long proposeAdjustment(Account account, long reportId, String reason) {
		MonitoringReport report = access.report(account, reportId);
		MonitoringAccess.requireUnitLead(account, report);
		Light judged = judge.assess(report).light();
		if (judged != Light.RED && judged != Light.YELLOW) {
			throw new ConflictException("monitoring.adjust.onTarget");
		}
		int number = adjustments.open(account, report.getTableId(), reason).getNumber();
		report.proposedAdjustment(number, clock.instant());
		reports.saveAndFlush(report);
		return report.getTableId();
	}

	/**
	 * Finance or an administrator sets a year's tolerance: 0 to 100 points, two decimals at most. Reports are judged by
	 * it from now on (lights kept with a report change at its next save).
	 */
	public void setTolerance(Account account, int year, BigDecimal tolerance) {
		MonitoringAccess.requireFinance(account);
		if (year < 2000 || year > 2100) {
			throw new InvalidInputException("monitoring.rules.year");
		}
		if (tolerance == null || tolerance.signum() < 0 || tolerance.compareTo(MAX_TOLERANCE) > 0
				|| tolerance.stripTrailingZeros().scale() > 2) {
			throw new InvalidInputException("monitoring.tolerance");
		}
		BigDecimal before = tolerances.of(year);
		tolerances.set(year, tolerance);
		events.publishEvent(new MonitoringRuleChanged(year, before, tolerance, account.actor()));
	}
}
