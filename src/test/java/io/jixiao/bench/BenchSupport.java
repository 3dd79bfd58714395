package io.jixiao.bench;

import io.jixiao.JixiaoApplication;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Options, machine description and clean-up shared by the benchmark main classes. */
final class BenchSupport {

	private BenchSupport() {
	}

	/** {@code --name=value} (or {@code name=value}) arguments; blanks are ignored (Maven passes an empty one). */
	static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			String a = arg.strip();
			if (a.isEmpty()) {
				continue;
			}
			a = a.startsWith("--") ? a.substring(2) : a;
			int eq = a.indexOf('=');
			options.put(eq < 0 ? a : a.substring(0, eq), eq < 0 ? "true" : a.substring(eq + 1));
		}
		return options;
	}

	static int intOption(Map<String, String> options, String name, int fallback) {
		return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
	}

	/** Cores, load, Java and heap: timings on a shared machine mean little without them. */
	static String machine() {
		Runtime runtime = Runtime.getRuntime();
		return String.format("cores %d, load average %s, Java %s (%s), max heap %d MiB", runtime.availableProcessors(),
				loadAverage(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
				runtime.maxMemory() >> 20);
	}

	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException | RuntimeException e) {
			return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	/**
	 * A fresh data directory for the product's H2 file database; the product's log goes to a file in it (the
	 * logging cost stays, the console shows only the figures).
	 */
	static Path dataDir() throws IOException {
		Path dir = Files.createTempDirectory("jixiao-bench-");
		System.setProperty("logging.file.name", dir.resolve("jixiao.log").toString());
		System.setProperty("logging.threshold.console", "WARN");
		return dir;
	}

	static void delete(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException e) {
			System.err.println("could not delete " + dir + ": " + e.getMessage());
		}
	}

	/**
	 * The whole product on a fresh database with the demo data: the H2 file database in {@code dir}, or an empty
	 * database named by {@code --db=jdbc:... --db-user= --db-password=}. Options not in {@code own} go to the
	 * product as properties.
	 */
	static ConfigurableApplicationContext boot(Path dir, Map<String, String> options, Set<String> own,
			Class<?>... sources) {
		List<String> properties = new ArrayList<>(List.of("--app.data-dir=" + dir, "--app.demo-data=true",
				"--server.port=0"));
		if (options.containsKey("db")) {
			properties.add("--spring.datasource.url=" + options.get("db"));
			properties.add("--spring.datasource.username=" + options.getOrDefault("db-user", ""));
			properties.add("--spring.datasource.password=" + options.getOrDefault("db-password", ""));
		}
		options.forEach((k, v) -> {
			if (!own.contains(k) && !DB.contains(k)) {
				properties.add("--" + k + "=" + v);
			}
		});
		List<Class<?>> all = new ArrayList<>(List.of(JixiaoApplication.class));
		all.addAll(List.of(sources));
		ConfigurableApplicationContext context = new SpringApplication(all.toArray(Class<?>[]::new))
			.run(properties.toArray(String[]::new));
		System.out.println("machine: " + machine());
		System.out.println("database: " + context.getEnvironment().getProperty("spring.datasource.url"));
		return context;
	}

	private static final Set<String> DB = Set.of("db", "db-user", "db-password");

	static double seconds(long nanos) {
		return nanos / 1e9;
	}
}
