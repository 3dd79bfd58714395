package io.jixiao.bench;

import io.jixiao.evidence.StatementCounter;
import io.jixiao.organizations.Account;
import io.jixiao.review.ReviewCommands;
import io.jixiao.review.ReviewForm;
import io.jixiao.targets.Disclosure;
import io.jixiao.targets.TableContent;
import io.jixiao.targets.TableForm;
import io.jixiao.targets.TableService;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Review transitions through the product's services against the same BPMN process driven with plain Flowable
 * calls, on one engine and one database, in alternating rounds (product first in odd rounds, raw first in even
 * ones) so that drift and the neighbours' load fall on both sides. Prints figures and asserts nothing.
 *
 * <p>
 * Options: {@code --rounds=5 --tables=200 --warmup=300}, {@code --statements} (counts the statements of one more
 * table per side through datasource-proxy, which is then installed for the whole run), {@code --db=jdbc:...
 * --db-user= --db-password=} (an empty database; default a fresh H2 file database in a temporary directory). Any
 * other {@code --name=value} goes to the product as a property.
 */
public final class EngineBenchmark {

	private static final Set<String> OWN = Set.of("rounds", "tables", "warmup", "statements");

	/** Raw-side business keys and table ids start here, far from the product's table ids. */
	private static final long RAW_BASE = 1_000_000_000L;

	private static final String[] PRODUCT_STEPS = { "submit", "dept approve", "finance 优", "publish" };

	private static final String[] RAW_STEPS = { "start", "complete dept", "complete finance", "complete publication" };

	private final ReviewCommands review;
	private final TableService tables;
	private final RuntimeService runtime;
	private final TaskService taskService;
	private final TransactionTemplate transaction;
	private final String definitionId;
	private final Account lead;
	private final Account deptReviewer;
	private final Account finance;
	private final TableForm fixture;
	private long nextRawId = RAW_BASE;

	private EngineBenchmark(ConfigurableApplicationContext context) throws Exception {
		review = context.getBean(ReviewCommands.class);
		tables = context.getBean(TableService.class);
		runtime = context.getBean(RuntimeService.class);
		taskService = context.getBean(TaskService.class);
		transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		// looked up once, as the product's ProcessDefinitions does
		definitionId = context.getBean(RepositoryService.class).createProcessDefinitionQuery()
			.processDefinitionKey("targetReview").latestVersion().singleResult().getId();
		UserDetailsService accounts = context.getBean(UserDetailsService.class);
		lead = (Account) accounts.loadUserByUsername("lead1");
		deptReviewer = (Account) accounts.loadUserByUsername("deptrev1");
		finance = (Account) accounts.loadUserByUsername("finance1");
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			fixture = context.getBean(JsonMapper.class).readValue(in, TableForm.class);
		}
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = BenchSupport.options(args);
		int rounds = BenchSupport.intOption(options, "rounds", 5);
		int perRound = BenchSupport.intOption(options, "tables", 200);
		int warmup = BenchSupport.intOption(options, "warmup", 300);
		boolean statements = options.containsKey("statements");
		Path dir = BenchSupport.dataDir();
		Class<?>[] extra = statements ? new Class<?>[] { StatementCounter.class } : new Class<?>[0];
		try (ConfigurableApplicationContext context = BenchSupport.boot(dir, options, OWN, extra)) {
			new EngineBenchmark(context).run(rounds, perRound, warmup, statements);
			System.out.println("load average at the end: " + BenchSupport.loadAverage());
		}
		finally {
			BenchSupport.delete(dir);
		}
	}

	/** Wall-clock and CPU nanoseconds, per step and in all, summed over one side's tables. */
	private static final class Times {

		final long[] steps = new long[4];
		final long[] stepsCpu = new long[4];
		long total;
		long cpu;
		int tables;

		void add(Times other) {
			for (int i = 0; i < steps.length; i++) {
				steps[i] += other.steps[i];
				stepsCpu[i] += other.stepsCpu[i];
			}
			total += other.total;
			cpu += other.cpu;
			tables += other.tables;
		}

		double perSecond() {
			return 4.0 * tables / BenchSupport.seconds(total);
		}

		/** Per second of the benchmark thread's CPU time: less moved by the neighbours' load than wall time. */
		double perCpuSecond() {
			return 4.0 * tables / BenchSupport.seconds(cpu);
		}

		double meanMillis(int step) {
			return steps[step] / 1e6 / tables;
		}

		double meanCpuMillis(int step) {
			return stepsCpu[step] / 1e6 / tables;
		}

		double meanMillis() {
			return total / 1e6 / (4.0 * tables);
		}
	}

	private void run(int rounds, int perRound, int warmup, boolean statements) {
		// every product table is drafted before any timing (drafting is not a transition)
		List<Long> warm = drafts(warmup);
		List<List<Long>> byRound = new ArrayList<>();
		for (int r = 0; r < rounds; r++) {
			byRound.add(drafts(perRound));
		}
		product(warm);
		raw(warmup);
		System.out.printf("warm-up: %d tables each side; %d rounds of %d tables (4 transitions each) per side%n",
				warmup, rounds, perRound);
		Times productTotal = new Times();
		Times rawTotal = new Times();
		for (int r = 0; r < rounds; r++) {
			Times p;
			Times q;
			System.gc();
			if (r % 2 == 0) {
				p = product(byRound.get(r));
				System.gc();
				q = raw(perRound);
			}
			else {
				q = raw(perRound);
				System.gc();
				p = product(byRound.get(r));
			}
			productTotal.add(p);
			rawTotal.add(q);
			System.out.printf(
					"round %d (%s first): product %6.1f transitions/s, raw %6.1f/s, ratio %.3f | per CPU second:"
							+ " product %6.1f, raw %6.1f, ratio %.3f%n",
					r + 1, r % 2 == 0 ? "product" : "raw", p.perSecond(), q.perSecond(), p.perSecond() / q.perSecond(),
					p.perCpuSecond(), q.perCpuSecond(), p.perCpuSecond() / q.perCpuSecond());
		}
		System.out.println();
		System.out.printf("product: %d transitions in %.2f s = %.1f transitions/s, mean %.2f ms per transition%n",
				4 * productTotal.tables, BenchSupport.seconds(productTotal.total), productTotal.perSecond(),
				productTotal.meanMillis());
		System.out.printf("raw:     %d transitions in %.2f s = %.1f transitions/s, mean %.2f ms per transition%n",
				4 * rawTotal.tables, BenchSupport.seconds(rawTotal.total), rawTotal.perSecond(), rawTotal.meanMillis());
		System.out.printf("per CPU second of the benchmark thread: product %.1f, raw %.1f transitions%n",
				productTotal.perCpuSecond(), rawTotal.perCpuSecond());
		System.out.printf("RATIO product/raw = %.3f wall clock, %.3f CPU time (goal >= 0.87)%n",
				productTotal.perSecond() / rawTotal.perSecond(), productTotal.perCpuSecond() / rawTotal.perCpuSecond());
		System.out.println("mean per step, ms wall clock (ms CPU of the benchmark thread):");
		for (int i = 0; i < 4; i++) {
			System.out.printf("  %-13s %6.2f (%5.2f)   | raw %-21s %6.2f (%5.2f)%n", PRODUCT_STEPS[i],
					productTotal.meanMillis(i), productTotal.meanCpuMillis(i), RAW_STEPS[i], rawTotal.meanMillis(i),
					rawTotal.meanCpuMillis(i));
		}
		if (statements) {
			statements();
		}
	}

	private List<Long> drafts(int count) {
		TableContent content = fixture.toContent();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(tables.create(lead, fixture.getKind(), fixture.requireYear(), content).getId());
		}
		return ids;
	}

	/** The real transitions as the real users, each its own transaction (ReviewCommands is transactional). */
	private List<Runnable> productSteps(long id) {
		return List.of(() -> review.submit(lead, id),
				() -> review.review(deptReviewer, id, new ReviewForm("APPROVE", null, null), List.of()),
				() -> review.review(finance, id, new ReviewForm("APPROVE", "优", null), List.of()),
				() -> review.publish(finance, id, Disclosure.PUBLIC, null));
	}

	/**
	 * The same process with plain engine calls, as ReviewCommands makes them: start with the business key, the
	 * stored ids and the transient route; then find the open task by business key and complete it (with the
	 * transient decision where a gateway follows), each step in its own transaction.
	 */
	private List<Runnable> rawSteps() {
		long tableId = nextRawId++;
		String key = String.valueOf(tableId);
		return List.of(() -> transaction.executeWithoutResult(status -> runtime.createProcessInstanceBuilder()
			.processDefinitionId(definitionId)
			.businessKey(key)
			.variables(Map.of("tableId", tableId, "unitId", lead.organizationId()))
			.transientVariables(Map.of("deptReview", true, "departmentId", deptReviewer.organizationId()))
			.start()), () -> complete(key, deptReviewer, Map.of("decision", "APPROVE")),
				() -> complete(key, finance, Map.of("decision", "APPROVE")), () -> complete(key, finance, null));
	}

	private void complete(String key, Account user, Map<String, Object> decision) {
		transaction.executeWithoutResult(status -> {
			Task task = taskService.createTaskQuery()
				.processDefinitionKey("targetReview")
				.processInstanceBusinessKey(key)
				.active()
				.singleResult();
			if (decision == null) {
				taskService.complete(task.getId(), String.valueOf(user.id()), null);
			}
			else {
				taskService.complete(task.getId(), String.valueOf(user.id()), null, decision);
			}
		});
	}

	private Times product(List<Long> ids) {
		return timed(ids.stream().map(this::productSteps).toList());
	}

	private Times raw(int count) {
		List<List<Runnable>> all = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			all.add(rawSteps());
		}
		return timed(all);
	}

	/** Runs each table's four steps in order, timing each step and the whole. */
	private static Times timed(List<List<Runnable>> tables) {
		Times times = new Times();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpu = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		for (List<Runnable> steps : tables) {
			long before = System.nanoTime();
			long beforeCpu = threads.getCurrentThreadCpuTime();
			for (int s = 0; s < 4; s++) {
				steps.get(s).run();
				long after = System.nanoTime();
				long afterCpu = threads.getCurrentThreadCpuTime();
				times.steps[s] += after - before;
				times.stepsCpu[s] += afterCpu - beforeCpu;
				before = after;
				beforeCpu = afterCpu;
			}
		}
		times.total = System.nanoTime() - start;
		times.cpu = threads.getCurrentThreadCpuTime() - cpu;
		times.tables = tables.size();
		return times;
	}

	/** Statements of one more table per side, step by step (a JDBC batch counts once). */
	private void statements() {
		int[] product = counted(productSteps(drafts(1).get(0)));
		int[] raw = counted(rawSteps());
		System.out.println("statements per step:");
		int productSum = 0;
		int rawSum = 0;
		for (int i = 0; i < 4; i++) {
			System.out.printf("  %-13s %3d   | raw %-21s %3d%n", PRODUCT_STEPS[i], product[i], RAW_STEPS[i], raw[i]);
			productSum += product[i];
			rawSum += raw[i];
		}
		System.out.printf("  per transition: product %.2f, raw %.2f%n", productSum / 4.0, rawSum / 4.0);
	}

	private static int[] counted(List<Runnable> steps) {
		int[] counts = new int[steps.size()];
		for (int i = 0; i < counts.length; i++) {
			StatementCounter.start();
			steps.get(i).run();
			counts[i] = StatementCounter.stop();
		}
		return counts;
	}
}
