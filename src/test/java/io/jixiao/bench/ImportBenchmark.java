package io.jixiao.bench;

import io.jixiao.imports.ImportDriver;
import io.jixiao.imports.ImportDriver.Outcome;
import io.jixiao.organizations.Account;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Import throughput: the seed disclosure documents read again and again through the product's import path, as a
 * preview (dry run: decode, find tables, read rows, check) and as drafts saved for lead1 (one transaction per
 * document, as {@code POST /api/v1/import?dryRun=false}), in alternating rounds. Prints figures, asserts nothing.
 *
 * <p>
 * Options: {@code --seeds=DIR} (default {@code /work/shared/seeds}, else the copies under
 * {@code src/test/resources/imports/seeds}), {@code --passes=20} (passes over all documents per round),
 * {@code --rounds=3}, {@code --warmup=10} (passes), and {@code --db=...} as for {@link EngineBenchmark}.
 */
public final class ImportBenchmark {

	private static final Set<String> OWN = Set.of("seeds", "passes", "rounds", "warmup");

	private record Seed(String name, byte[] text, Outcome preview) {
	}

	/** Documents, tables, rows and bytes read, wall and CPU nanoseconds. */
	private static final class Tally {

		long documents;
		long tables;
		long indicators;
		long bytes;
		long wall;
		long cpu;

		void add(Tally other) {
			documents += other.documents;
			tables += other.tables;
			indicators += other.indicators;
			bytes += other.bytes;
			wall += other.wall;
			cpu += other.cpu;
		}

		String rates() {
			double s = BenchSupport.seconds(wall);
			return String.format("%7.1f tables/s, %8.1f indicators/s, %6.3f MB/s (%.1f documents/s; per CPU second:"
					+ " %.1f tables)", tables / s, indicators / s, bytes / 1e6 / s, documents / s,
					tables / BenchSupport.seconds(cpu));
		}
	}

	private final ImportDriver imports;
	private final Account lead;

	private ImportBenchmark(ConfigurableApplicationContext context) {
		imports = new ImportDriver(context);
		lead = (Account) context.getBean(UserDetailsService.class).loadUserByUsername("lead1");
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = BenchSupport.options(args);
		int passes = BenchSupport.intOption(options, "passes", 20);
		int rounds = BenchSupport.intOption(options, "rounds", 3);
		int warmup = BenchSupport.intOption(options, "warmup", 10);
		Path dir = BenchSupport.dataDir();
		try (ConfigurableApplicationContext context = BenchSupport.boot(dir, options, OWN)) {
			ImportBenchmark benchmark = new ImportBenchmark(context);
			benchmark.run(documents(options.get("seeds")), passes, rounds, warmup);
			benchmark.large();
			benchmark.hostile();
			System.out.println("load average at the end: " + BenchSupport.loadAverage());
		}
		finally {
			BenchSupport.delete(dir);
		}
	}

	/** The seed documents: from the given or shared folder, else the test copies on the class path. */
	private static List<Seed> documents(String folder) throws IOException {
		Path shared = Path.of(folder != null ? folder : "/work/shared/seeds");
		List<Seed> seeds = new ArrayList<>();
		if (Files.isDirectory(shared)) {
			try (Stream<Path> files = Files.list(shared)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
					seeds.add(new Seed(file.getFileName().toString(), Files.readAllBytes(file), null));
				}
			}
			System.out.println("documents: " + shared);
		}
		else {
			for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:imports/seeds/*.txt")) {
				seeds.add(new Seed(r.getFilename(), r.getContentAsByteArray(), null));
			}
			seeds.sort((a, b) -> a.name().compareTo(b.name()));
			System.out.println("documents: class path imports/seeds");
		}
		return seeds;
	}

	private void run(List<Seed> found, int passes, int rounds, int warmup) {
		List<Seed> seeds = new ArrayList<>();
		for (Seed seed : found) {
			Outcome preview = imports.run(lead, seed.name(), seed.text(), true);
			seeds.add(new Seed(seed.name(), seed.text(), preview));
			System.out.printf("  %s: %d bytes, %d tables, %d indicators, %d warnings, %d errors%s%n", seed.name(),
					seed.text().length, preview.tables(), preview.indicators(), preview.warnings(), preview.errors(),
					preview.errors() > 0 ? " (not saved: an import with errors saves nothing)" : "");
		}
		// only documents that save are timed for saving: one with errors is refused after reading
		List<Seed> saving = seeds.stream().filter(s -> s.preview().errors() == 0).toList();
		repeat(seeds, warmup, true);
		repeat(saving, warmup, false);
		System.out.printf("warm-up: %d passes each; %d rounds of %d passes over the documents%n", warmup, rounds,
				passes);
		Tally parse = new Tally();
		Tally save = new Tally();
		for (int r = 0; r < rounds; r++) {
			Tally p;
			Tally s;
			System.gc();
			if (r % 2 == 0) {
				p = repeat(seeds, passes, true);
				System.gc();
				s = repeat(saving, passes, false);
			}
			else {
				s = repeat(saving, passes, false);
				System.gc();
				p = repeat(seeds, passes, true);
			}
			parse.add(p);
			save.add(s);
			System.out.printf("round %d: parse only %s%n         parse+save %s%n", r + 1, p.rates(), s.rates());
		}
		System.out.println();
		System.out.printf("PARSE ONLY (dry run): %d documents, %d tables, %d indicators, %.1f MB in %.2f s%n  %s%n",
				parse.documents, parse.tables, parse.indicators, parse.bytes / 1e6, BenchSupport.seconds(parse.wall),
				parse.rates());
		System.out.printf("PARSE+SAVE (drafts of lead1): %d documents, %d tables, %d indicators, %.1f MB in %.2f s%n"
				+ "  %s%n", save.documents, save.tables, save.indicators, save.bytes / 1e6,
				BenchSupport.seconds(save.wall), save.rates());
	}

	/** Issue 16: a document of 3,000 lines and a workbook of 70 tables in the budget system's export layout. */
	private void large() {
		Map<String, byte[]> uploads = Map.of("document of 3,000+ lines (.txt)", ImportDriver.longDocument(3000),
				"workbook of 70 tables, budget system export (.xlsx)", ImportDriver.budgetExportWorkbook(70));
		uploads.forEach((what, bytes) -> {
			String name = what.endsWith("(.txt)") ? "long.txt" : "export.xlsx";
			long best = Long.MAX_VALUE;
			Outcome outcome = null;
			for (int i = 0; i < 5; i++) {
				long start = System.nanoTime();
				outcome = imports.run(lead, name, bytes, true);
				best = Math.min(best, System.nanoTime() - start);
			}
			System.out.printf("%s: %d tables, %d indicators, %d warnings; preview in %.2f s (best of 5)%n", what,
					outcome.tables(), outcome.indicators(), outcome.warnings(), BenchSupport.seconds(best));
		});
	}

	/**
	 * Issue 20: the workbook whose 780,000 shared strings took 435 MB and 7.7 s per upload, and one of 40,000 strings
	 * that is read: bytes allocated by the importing thread and heap used after a full GC, per upload.
	 */
	private void hostile() {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		for (int strings : new int[] { 780_000, 40_000 }) {
			byte[] workbook = ImportDriver.workbookWithStrings(strings);
			for (int i = 0; i < 3; i++) {
				System.gc();
				long heap = heapUsed();
				long allocated = threads.getCurrentThreadAllocatedBytes();
				long start = System.nanoTime();
				Outcome outcome = imports.runOrRefuse(lead, "strings.xlsx", workbook);
				long took = System.nanoTime() - start;
				allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
				System.gc();
				System.out.printf("workbook of %.1f MB with %,d more shared strings: %s in %.2f s, %.1f MB allocated,"
						+ " heap after GC %+.1f MB%n", workbook.length / 1e6, strings,
						outcome == null ? "refused (413)" : "read", BenchSupport.seconds(took), allocated / 1e6,
						(heapUsed() - heap) / 1e6);
			}
		}
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private Tally repeat(List<Seed> seeds, int passes, boolean dryRun) {
		Tally tally = new Tally();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpu = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		for (int i = 0; i < passes; i++) {
			for (Seed seed : seeds) {
				Outcome outcome = imports.run(lead, seed.name(), seed.text(), dryRun);
				if (!dryRun && !outcome.saved()) {
					throw new IllegalStateException(seed.name() + " was not saved");
				}
				tally.documents++;
				tally.tables += outcome.tables();
				tally.indicators += outcome.indicators();
				tally.bytes += seed.text().length;
			}
		}
		tally.wall = System.nanoTime() - start;
		tally.cpu = threads.getCurrentThreadCpuTime() - cpu;
		return tally;
	}
}
