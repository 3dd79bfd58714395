package io.jixiao.demo;

import io.jixiao.audit.AuditAction;
import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a province-year of performance target tables for load and scale work: departments and units with their
 * leads and reviewers, N project tables of 10 to 30 indicators spread over every status, their submitted versions
 * and review events, and for each table still in review its running process, driven through the real BPMN to the
 * task its status means. Decided tables (published, rejected) have no running process, as after a real review.
 * The approved and published tables are monitored in the year's 1—7月 round ({@link ReportBatches}: a report each,
 * in every status and light), and evaluated in the year's self-evaluation round ({@link EvaluationBatches}: an
 * evaluation each, in every status and grade).
 * Product rows are written with JDBC batches (the generator is a bulk loader, not a user); one audit event records
 * each run. This class runs the batches in their transactions; the tree ({@link GeneratedTree}), the tables
 * ({@link Draft}, {@link DraftBatches}) and the processes ({@link DraftProcesses}) are made by their own classes.
 */
@Component
public class ProvinceYear {

	private static final Logger log = LoggerFactory.getLogger(ProvinceYear.class);

	private static final int TABLES_PER_UNIT = 100;
	private static final int BATCH = 200;
	private static final String PROCESS = "targetReview";

	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final RepositoryService repository;
	private final AuditTrail audit;
	private final Clock clock;
	private final GeneratedTree tree;
	private final DraftBatches batches;
	private final DraftProcesses processes;
	private final ReportBatches reports;
	private final EvaluationBatches evaluations;

	ProvinceYear(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, RuntimeService runtime,
			TaskService taskService, RepositoryService repository, ManagementService management,
			PasswordEncoder passwords, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
		this.tree = new GeneratedTree(jdbc, passwords);
		this.batches = new DraftBatches(jdbc);
		this.processes = new DraftProcesses(runtime, taskService, management);
		this.reports = new ReportBatches(jdbc);
		this.evaluations = new EvaluationBatches(jdbc);
	}

	/** What a run made. */
	public record Result(int tables, long indicators, Map<String, Integer> perStatus, int processes, int reports,
			int evaluations, Duration took) {
	}

	/** Adds {@code count} tables of {@code year}; repeatable (organizations made by an earlier run are reused). */
	public Result generate(int count, int year, long seed) {
		Instant started = Instant.now();
		SplittableRandom random = new SplittableRandom(seed);
		// the reports and the evaluations draw from randoms of their own, so that a seed gives what it gave before them
		SplittableRandom reportRandom = new SplittableRandom(~seed);
		SplittableRandom evaluationRandom = new SplittableRandom(seed ^ 0x5DEECE66DL);
		GeneratedTree.Tree units = transactions
			.execute(status -> tree.tree(Math.max(1, (count + TABLES_PER_UNIT - 1) / TABLES_PER_UNIT)));
		long ruleSet = jdbc.queryForObject("select id from rule_sets where rule_year = ?", Long.class, year);
		String definition = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion()
			.singleResult().getId();
		Map<String, Integer> perStatus = new LinkedHashMap<>();
		Draft.MIX.keySet().forEach(s -> perStatus.put(s, 0));
		long round = transactions.execute(status -> reports.round(year, units.financeReviewer(), clock.instant()));
		long evaluationRound = transactions
			.execute(status -> evaluations.round(year, units.financeReviewer(), clock.instant()));
		EvaluationBatches.Thresholds thresholds = evaluations.thresholds(year);
		long[] indicators = { 0 };
		int[] running = { 0 };
		int[] monitored = { 0 };
		int[] evaluated = { 0 };
		for (int from = 0; from < count; from += BATCH) {
			int size = Math.min(BATCH, count - from);
			int offset = from;
			transactions.executeWithoutResult(status -> {
				List<Draft> drafts = new ArrayList<>();
				for (int i = 0; i < size; i++) {
					drafts.add(Draft.draw(random, units, offset + i, year, ruleSet, clock));
				}
				batches.insert(drafts);
				for (Draft d : drafts) {
					perStatus.merge(d.status, 1, Integer::sum);
					indicators[0] += d.rows.size();
				}
				running[0] += processes.start(definition, drafts);
				monitored[0] += reports.insert(round, drafts, reportRandom);
				evaluated[0] += evaluations.insert(evaluationRound, drafts, thresholds, evaluationRandom);
			});
			if ((from / BATCH) % 20 == 19) {
				log.info("generated {} of {} tables", from + size, count);
			}
		}
		Duration took = Duration.between(started, Instant.now());
		transactions.executeWithoutResult(status -> audit.record(new AuditEntry(null, "数据生成器", null, AuditAction.GENERATE, null,
				Map.of("tables", count, "year", year, "seed", seed, "indicators", indicators[0], "reports",
						monitored[0], "evaluations", evaluated[0]))));
		return new Result(count, indicators[0], perStatus, running[0], monitored[0], evaluated[0], took);
	}

	/** Tables per status in the whole database (for the runner's report). */
	public Map<String, Long> countsByStatus() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		jdbc.query("select status, count(*) from target_tables group by status",
				rs -> {
					counts.put(rs.getString(1), rs.getLong(2));
				});
		return counts;
	}
}
