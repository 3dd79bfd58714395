package io.jixiao.demo;

import io.jixiao.audit.AuditAction;
import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditTrail;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a province-year of performance target tables for load and scale work: departments and units with their
 * leads and reviewers, N project tables of 10 to 30 indicators spread over every status, their submitted versions
 * and review events, and for each table still in review its running process, driven through the real BPMN to the
 * task its status means. Decided tables (published, rejected) have no running process, as after a real review.
 * Product rows are written with JDBC batches (the generator is a bulk loader, not a user); one audit event records
 * each run.
 */
@Component
public class ProvinceYear {

	private static final Logger log = LoggerFactory.getLogger(ProvinceYear.class);

	/** How often each status occurs, in percent: a province in the middle of its budget round. */
	static final Map<String, Integer> MIX = mix();

	private static final int TABLES_PER_UNIT = 100;
	private static final int UNITS_PER_DEPARTMENT = 20;
	private static final int BATCH = 200;
	private static final String PROCESS = "targetReview";
	// level 1, level 2, name, value, scoring rule ({n}, {p}, {m}: a count, a percentage, an amount)
	// the scoring rules rule R09 expects: proportional for quantitative, graded for qualitative indicators,
	// 满意度赋分 for satisfaction
	private static final String RATIO = "按照完成比例赋分";
	private static final String DIRECT = "直接赋分";
	private static final String GRADED = "按评判等级赋分";
	private static final String[][] OUTPUT = { { "产出指标", "数量指标", "完成{n}项工作", "≥{n}项", RATIO },
			{ "产出指标", "质量指标", "验收合格率", "≥{p}%", RATIO },
			{ "产出指标", "时效指标", "按期完成率", "100%", DIRECT },
			{ "成本指标", "经济成本指标", "项目成本控制", "≤{m}万元", RATIO } };
	private static final String[][] BENEFIT = { { "效益指标", "社会效益指标", "服务群众{n}人次", "≥{n}人次", RATIO },
			{ "效益指标", "经济效益指标", "带动相关产业增收", "≥{n}万元", RATIO },
			{ "效益指标", "可持续影响指标", "长效机制建立情况", "建立健全", GRADED } };
	private static final String[] SATISFACTION = { "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥{p}%", "满意度赋分" };

	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final RuntimeService runtime;
	private final TaskService taskService;
	private final RepositoryService repository;
	private final ManagementService management;
	private final PasswordEncoder passwords;
	private final AuditTrail audit;
	private final Clock clock;

	ProvinceYear(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, RuntimeService runtime,
			TaskService taskService, RepositoryService repository, ManagementService management,
			PasswordEncoder passwords, AuditTrail audit, Clock clock) {
		this.management = management;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.runtime = runtime;
		this.taskService = taskService;
		this.repository = repository;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/** What a run made. */
	public record Result(int tables, long indicators, Map<String, Integer> perStatus, int processes, Duration took) {
	}

	/** Adds {@code count} tables of {@code year}; repeatable (organizations made by an earlier run are reused). */
	public Result generate(int count, int year, long seed) {
		Instant started = Instant.now();
		SplittableRandom random = new SplittableRandom(seed);
		Tree tree = transactions.execute(status -> tree(Math.max(1, (count + TABLES_PER_UNIT - 1) / TABLES_PER_UNIT)));
		long ruleSet = jdbc.queryForObject("select id from rule_sets where rule_year = ?", Long.class, year);
		String definition = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion()
			.singleResult().getId();
		Map<String, Integer> perStatus = new LinkedHashMap<>();
		MIX.keySet().forEach(s -> perStatus.put(s, 0));
		long[] indicators = { 0 };
		int[] processes = { 0 };
		for (int from = 0; from < count; from += BATCH) {
			int size = Math.min(BATCH, count - from);
			int offset = from;
			transactions.executeWithoutResult(status -> {
				List<Draft> drafts = new ArrayList<>();
				for (int i = 0; i < size; i++) {
					drafts.add(draft(random, tree, offset + i, year, ruleSet));
				}
				insert(drafts);
				for (Draft d : drafts) {
					perStatus.merge(d.status, 1, Integer::sum);
					indicators[0] += d.rows.size();
				}
				processes[0] += startProcesses(definition, drafts);
			});
			if ((from / BATCH) % 20 == 19) {
				log.info("generated {} of {} tables", from + size, count);
			}
		}
		Duration took = Duration.between(started, Instant.now());
		transactions.executeWithoutResult(status -> audit.record(new AuditEntry(null, "数据生成器", null, AuditAction.GENERATE, null,
				Map.of("tables", count, "year", year, "seed", seed, "indicators", indicators[0]))));
		return new Result(count, indicators[0], perStatus, processes[0], took);
	}

	private record Unit(long id, long lead, Long departmentId, Long reviewer, boolean deptReviews) {
	}

	private record Tree(List<Unit> units, long financeReviewer) {
	}

	private static final class Draft {
		long id;
		long versionId;
		Unit unit;
		long reviewer;
		String status;
		String name;
		BigDecimal funds;
		List<String[]> rows;
		int year;
		long ruleSet;
		Instant at;
	}

	/** Departments (every other one reviews its units' tables) and units with a lead each, made as needed. */
	private Tree tree(int unitsWanted) {
		String hash = passwords.encode(DemoData.PASSWORD);
		Long finance = jdbc.query("select id from organizations where kind = 'FINANCE' order by id",
				rs -> rs.next() ? rs.getLong(1) : null);
		if (finance == null) {
			finance = insertOrganization("省财政厅", "FINANCE", null, false);
		}
		long financeReviewer = user("gen-finance", "生成财政审核", hash, "FINANCE_REVIEWER", finance);
		List<Unit> units = new ArrayList<>();
		for (int d = 1; units.size() < unitsWanted; d++) {
			String department = "省直部门%03d".formatted(d);
			boolean reviews = d % 2 == 1;
			long departmentId = organization(department, "DEPARTMENT", null, reviews);
			long reviewer = user("gen-dept-%03d".formatted(d), department + "审核", hash, "DEPT_REVIEWER",
					departmentId);
			for (int u = 1; u <= UNITS_PER_DEPARTMENT && units.size() < unitsWanted; u++) {
				long unitId = organization(department + "所属单位%02d".formatted(u), "UNIT", departmentId, false);
				long lead = user("gen-lead-%03d-%02d".formatted(d, u), "填报人%03d-%02d".formatted(d, u), hash, "LEAD",
						unitId);
				units.add(new Unit(unitId, lead, departmentId, reviewer, reviews));
			}
		}
		return new Tree(units, financeReviewer);
	}

	private long organization(String name, String kind, Long parent, boolean reviews) {
		List<Long> found = jdbc.queryForList("select id from organizations where name = ?", Long.class, name);
		return found.isEmpty() ? insertOrganization(name, kind, parent, reviews) : found.get(0);
	}

	private long insertOrganization(String name, String kind, Long parent, boolean reviews) {
		return insert("insert into organizations (name, kind, parent_id, dept_reviews) values (?, ?, ?, ?)", name, kind,
				parent, reviews);
	}

	private long user(String username, String displayName, String hash, String role, long organization) {
		List<Long> found = jdbc.queryForList("select id from users where username = ?", Long.class, username);
		return found.isEmpty() ? insertUser(username, displayName, hash, role, organization) : found.get(0);
	}

	private long insertUser(String username, String displayName, String hash, String role, long organization) {
		return insert("insert into users (username, display_name, password_hash, role, organization_id, enabled)"
				+ " values (?, ?, ?, ?, ?, true)", username, displayName, hash, role, organization);
	}

	/** Inserts one row and returns its generated id. */
	private long insert(String sql, Object... values) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(c -> {
			PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
			for (int i = 0; i < values.length; i++) {
				ps.setObject(i + 1, values[i]);
			}
			return ps;
		}, key);
		return key.getKey().longValue();
	}

	private Draft draft(SplittableRandom random, Tree tree, int index, int year, long ruleSet) {
		Draft d = new Draft();
		d.unit = tree.units().get(index % tree.units().size());
		d.reviewer = tree.financeReviewer();
		d.status = pick(random);
		if (d.status.equals("DEPT_REVIEW") && !d.unit.deptReviews()) {
			d.status = "FINANCE_REVIEW"; // only units under a reviewing department wait for their department
		}
		d.name = "省级专项项目" + (index + 1);
		d.funds = BigDecimal.valueOf(random.nextInt(1_000, 500_000), 2);
		d.year = year;
		d.ruleSet = ruleSet;
		d.at = clock.instant().minus(Duration.ofHours(random.nextInt(1, 24 * 20)));
		d.rows = rows(random, 10 + random.nextInt(21));
		return d;
	}

	/** Indicator rows in the current frame with weights 50 / 30 / 10 over output, benefit and satisfaction. */
	private static List<String[]> rows(SplittableRandom random, int count) {
		int satisfaction = 1;
		int benefit = Math.max(1, (count - satisfaction) * 3 / 8);
		int output = count - satisfaction - benefit;
		List<String[]> rows = new ArrayList<>();
		addRows(rows, random, OUTPUT, output, 50);
		addRows(rows, random, BENEFIT, benefit, 30);
		addRows(rows, random, new String[][] { SATISFACTION }, satisfaction, 10);
		return rows;
	}

	private static void addRows(List<String[]> rows, SplittableRandom random, String[][] kinds, int count, int weight) {
		int[] seen = new int[kinds.length];
		for (int i = 0; i < count; i++) {
			// rows of one level stay together, as in a real table
			int k = i * kinds.length / count;
			String[] kind = kinds[k];
			int nth = ++seen[k];
			int share = weight / count + (i < weight % count ? 1 : 0);
			String n = String.valueOf(random.nextInt(2, 500));
			String p = String.valueOf(random.nextInt(85, 100));
			String m = String.valueOf(random.nextInt(5, 300));
			String name = kind[2].replace("{n}", n) + (nth > 1 ? "（" + nth + "）" : "");
			String value = kind[3].replace("{n}", n).replace("{p}", p).replace("{m}", m);
			rows.add(new String[] { kind[0], kind[1], name, value, String.valueOf(share), kind[4] });
		}
	}

	private static String pick(SplittableRandom random) {
		int roll = random.nextInt(100);
		for (Map.Entry<String, Integer> entry : MIX.entrySet()) {
			roll -= entry.getValue();
			if (roll < 0) {
				return entry.getKey();
			}
		}
		return "DRAFT";
	}

	private static Map<String, Integer> mix() {
		Map<String, Integer> mix = new LinkedHashMap<>();
		mix.put("DRAFT", 20);
		mix.put("DEPT_REVIEW", 10);
		mix.put("FINANCE_REVIEW", 15);
		mix.put("RETURNED", 5);
		mix.put("APPROVED", 10);
		mix.put("PUBLISHED", 35);
		mix.put("REJECTED", 5);
		return mix;
	}

	private void insert(List<Draft> drafts) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.batchUpdate(c -> c.prepareStatement("insert into target_tables (kind, table_format, table_year, rule_set_id,"
				+ " unit_id, status, version, project_name, project_lead, implementing_unit, total_funds, fiscal_funds,"
				+ " other_funds, overall_goal, satisfaction_na, created_by, created_at, updated_at, submitted_by,"
				+ " approved_version, latest_version, disclosure, disclosure_reason)"
				+ " values ('PROJECT', 'CURRENT', ?, ?, ?, ?, 0, ?, '项目负责人', '实施单位', ?, ?, 0, ?, false, ?, ?, ?, ?, ?, ?,"
				+ " ?, ?)", Statement.RETURN_GENERATED_KEYS), new BatchSetter(drafts, (ps, d) -> {
					boolean submitted = !d.status.equals("DRAFT");
					boolean approved = d.status.equals("APPROVED") || d.status.equals("PUBLISHED");
					boolean withheld = d.status.equals("PUBLISHED") && d.name.hashCode() % 10 == 0;
					ps.setInt(1, d.year);
					ps.setLong(2, d.ruleSet);
					ps.setLong(3, d.unit.id());
					ps.setString(4, d.status);
					ps.setString(5, d.name);
					ps.setBigDecimal(6, d.funds);
					ps.setBigDecimal(7, d.funds);
					ps.setString(8, "完成" + d.name + "年度绩效目标");
					ps.setLong(9, d.unit.lead());
					ps.setTimestamp(10, Timestamp.from(d.at));
					ps.setTimestamp(11, Timestamp.from(d.at));
					ps.setObject(12, submitted ? d.unit.lead() : null);
					ps.setObject(13, approved ? 1 : null);
					ps.setInt(14, submitted ? 1 : 0);
					ps.setString(15, d.status.equals("PUBLISHED") ? (withheld ? "WITHHELD" : "PUBLIC") : null);
					ps.setString(16, withheld ? "涉密" : null);
				}), keys);
		List<Map<String, Object>> ids = keys.getKeyList();
		for (int i = 0; i < drafts.size(); i++) {
			drafts.get(i).id = ((Number) ids.get(i).values().iterator().next()).longValue();
		}
		List<Object[]> rows = new ArrayList<>();
		drafts.forEach(d -> addRows(rows, d.id, d.rows));
		jdbc.batchUpdate("insert into indicators (table_id, position, level1, level2, name, value_text, weight,"
				+ " scoring_rule) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);

		List<Draft> submitted = drafts.stream().filter(d -> !d.status.equals("DRAFT")).toList();
		if (submitted.isEmpty()) {
			return;
		}
		GeneratedKeyHolder versionKeys = new GeneratedKeyHolder();
		jdbc.batchUpdate(c -> c.prepareStatement("insert into table_versions (table_id, version_number, submitted_at,"
				+ " submitted_by, project_name, project_lead, implementing_unit, total_funds, fiscal_funds, other_funds,"
				+ " overall_goal, satisfaction_na) values (?, 1, ?, ?, ?, '项目负责人', '实施单位', ?, ?, 0, ?, false)",
				Statement.RETURN_GENERATED_KEYS), new BatchSetter(submitted, (ps, d) -> {
					ps.setLong(1, d.id);
					ps.setTimestamp(2, Timestamp.from(d.at));
					ps.setLong(3, d.unit.lead());
					ps.setString(4, d.name);
					ps.setBigDecimal(5, d.funds);
					ps.setBigDecimal(6, d.funds);
					ps.setString(7, "完成" + d.name + "年度绩效目标");
				}), versionKeys);
		List<Map<String, Object>> versionIds = versionKeys.getKeyList();
		List<Object[]> versionRows = new ArrayList<>();
		List<Object[]> events = new ArrayList<>();
		for (int i = 0; i < submitted.size(); i++) {
			Draft d = submitted.get(i);
			d.versionId = ((Number) versionIds.get(i).values().iterator().next()).longValue();
			addRows(versionRows, d.versionId, d.rows);
			events(events, d);
		}
		jdbc.batchUpdate("insert into version_indicators (version_id, position, level1, level2, name, value_text,"
				+ " weight, scoring_rule) values (?, ?, ?, ?, ?, ?, ?, ?)", versionRows);
		jdbc.batchUpdate("insert into review_events (table_id, version_number, stage, action, grade, disclosure,"
				+ " comment_text, actor_id, actor_name, created_at) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)", events);
	}

	private static void addRows(List<Object[]> into, long owner, List<String[]> rows) {
		for (int p = 0; p < rows.size(); p++) {
			String[] r = rows.get(p);
			into.add(new Object[] { owner, p, r[0], r[1], r[2], r[3], new BigDecimal(r[4]), r[5] });
		}
	}

	/** The review events the table's status implies, oldest first. */
	private static void events(List<Object[]> into, Draft d) {
		Timestamp at = Timestamp.from(d.at);
		String firstStage = d.status.equals("DEPT_REVIEW") ? "DEPT_REVIEW" : "FINANCE_REVIEW";
		into.add(new Object[] { d.id, firstStage, "SUBMIT", null, null, null, d.unit.lead(), "填报人", at });
		switch (d.status) {
			case "RETURNED" -> into.add(new Object[] { d.id, "FINANCE_REVIEW", "RETURN", "中", null, "请补充指标依据", d.reviewer,
					"生成财政审核", at });
			case "REJECTED" -> into.add(new Object[] { d.id, "FINANCE_REVIEW", "REJECT", "差", null, "不符合支出政策", d.reviewer,
					"生成财政审核", at });
			case "APPROVED", "PUBLISHED" -> {
				into.add(new Object[] { d.id, "FINANCE_REVIEW", "APPROVE", "优", null, null, d.reviewer, "生成财政审核", at });
				if (d.status.equals("PUBLISHED")) {
					into.add(new Object[] { d.id, "PUBLICATION", "PUBLISH", null, "PUBLIC", null, d.reviewer, "生成财政审核", at });
				}
			}
			default -> {
				// submitted and waiting: the submission is the only event
			}
		}
	}

	/**
	 * Starts the review process of each table still in review and moves it on to the task its status waits at.
	 * All starts run in one engine command, and all decisions in another, so the engine writes its rows in bulk.
	 */
	private int startProcesses(String definition, List<Draft> drafts) {
		Map<String, String> decisions = new HashMap<>();
		int[] started = { 0 };
		management.executeCommand(context -> {
			for (Draft d : drafts) {
				String decision = switch (d.status) {
					case "DEPT_REVIEW", "FINANCE_REVIEW" -> "";
					case "RETURNED" -> "RETURN";
					case "APPROVED" -> "APPROVE";
					default -> null;
				};
				if (decision == null) {
					continue;
				}
				Map<String, Object> route = new HashMap<>();
				route.put("deptReview", d.status.equals("DEPT_REVIEW"));
				route.put("departmentId", d.unit.departmentId() == null ? 0L : d.unit.departmentId());
				String instance = runtime.createProcessInstanceBuilder()
					.processDefinitionId(definition)
					.businessKey(String.valueOf(d.id))
					.variables(Map.of("tableId", d.id, "unitId", d.unit.id()))
					.transientVariables(route)
					.start()
					.getId();
				started[0]++;
				if (!decision.isEmpty()) {
					decisions.put(instance, decision);
				}
			}
			return null;
		});
		if (!decisions.isEmpty()) {
			List<Task> waiting = taskService.createTaskQuery().processInstanceIdIn(decisions.keySet()).list();
			management.executeCommand(context -> {
				waiting.forEach(task -> taskService.complete(task.getId(), null, null,
						Map.of("decision", decisions.get(task.getProcessInstanceId()))));
				return null;
			});
		}
		return started[0];
	}

	/** Sets one batch row's parameters from its draft. */
	private interface RowSetter {
		void set(PreparedStatement ps, Draft d) throws java.sql.SQLException;
	}

	private record BatchSetter(List<Draft> drafts, RowSetter setter)
			implements org.springframework.jdbc.core.BatchPreparedStatementSetter {

		@Override
		public void setValues(PreparedStatement ps, int i) throws java.sql.SQLException {
			setter.set(ps, drafts.get(i));
		}

		@Override
		public int getBatchSize() {
			return drafts.size();
		}
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
