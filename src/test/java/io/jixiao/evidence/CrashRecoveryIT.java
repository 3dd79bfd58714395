package io.jixiao.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The packaged product killed with SIGKILL while four clients drive tables through the whole review path, then
 * restarted on the same database: every table's status still matches its process, the audit chain verifies, every
 * transition the clients were told had happened is still there, and the product goes on working.
 * <p>
 * On H2 (the embedded default) the database is a file in a fresh directory under target/; when TEST_DB_PREFIX is set
 * (CI's MariaDB run) it is the database {@code jx_crash} there. Child output: target/crash-recovery/.
 */
class CrashRecoveryIT {

	static final int CLIENTS = 4;
	static final Duration LOAD = Duration.ofSeconds(10);
	/** On a slow machine the load runs longer (up to {@link #LOAD_LIMIT}) until this many requests were answered. */
	static final int MIN_ANSWERED = 20;
	static final Duration LOAD_LIMIT = Duration.ofSeconds(30);
	static final Duration START_TIMEOUT = Duration.ofSeconds(90);
	static final JsonMapper JSON = JsonMapper.builder().build();
	static final Path OUT = Path.of("target", "crash-recovery");
	/** What each step of a client's round makes of the table. */
	static final List<String> PATH = List.of("DRAFT", "DEPT_REVIEW", "FINANCE_REVIEW", "APPROVED", "PUBLISHED");

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	@Timeout(value = 3, unit = TimeUnit.MINUTES)
	void aProductKilledUnderLoadRestartsWithEveryTableMatchingItsProcess() throws Exception {
		Files.createDirectories(OUT);
		Path data = Files.createTempDirectory(OUT, "data-");
		String body = fixture();
		Load load = new Load(body);

		Product first = Product.start(jar(), data, "first");
		Duration firstStart;
		try {
			firstStart = first.awaitHealthy(http);
			load.run(first, http);
		}
		finally {
			first.kill();
		}

		Product second = Product.start(jar(), data, "restarted");
		try {
			Duration restart = second.awaitHealthy(http);

			JsonNode invariants = JSON.readTree(call(second, "admin", "GET", "/api/v1/admin/invariants", null).body());
			JsonNode audit = JSON.readTree(call(second, "admin", "GET", "/api/v1/audit/verify", null).body());
			Map<String, Long> perStatus = new LinkedHashMap<>();
			for (String status : List.of("DRAFT", "DEPT_REVIEW", "FINANCE_REVIEW", "RETURNED", "APPROVED", "PUBLISHED",
					"REJECTED")) {
				perStatus.put(status, JSON.readTree(call(second, "admin", "GET",
						"/api/v1/tables?size=1&status=" + status, null).body()).get("total").asLong());
			}
			List<String> lost = load.lostAfterRestart(second, http);

			System.out.printf("CrashRecoveryIT on %s: first start %.1f s; %d clients for %.1f s: %d requests answered "
					+ "(%s), %d rounds completed, %d requests in flight at SIGKILL; restart %.1f s; after restart: "
					+ "%d tables %s, %d running processes, %d violations, audit chain %s (%d events), "
					+ "acknowledged transitions lost: %d%n", database(), seconds(firstStart), CLIENTS,
					seconds(load.loadTime), load.answered.get(), new TreeMap<>(load.byStatusCode), load.rounds.get(),
					load.inFlightAtKill, seconds(restart), invariants.get("tables").asLong(), perStatus,
					invariants.get("processes").asLong(), invariants.get("violationCount").asLong(),
					audit.get("valid").asBoolean() ? "valid" : "BROKEN", audit.get("checked").asLong(), lost.size());

			assertThat(load.answered.get()).as("requests answered before the kill").isGreaterThanOrEqualTo(MIN_ANSWERED);
			assertThat(load.byStatusCode.keySet()).as("answers before the kill").allMatch(code -> code < 300);
			assertThat(load.inFlightAtKill).as("requests in flight at the kill").isPositive();
			assertThat(invariants.get("violations")).as(invariants.toString()).isEmpty();
			assertThat(invariants.get("ok").asBoolean()).isTrue();
			assertThat(perStatus.values().stream().mapToLong(Long::longValue).sum())
				.isEqualTo(invariants.get("tables").asLong());
			assertThat(audit.get("valid").asBoolean()).as(audit.toString()).isTrue();
			assertThat(lost).as("transitions acknowledged before the kill").isEmpty();

			// the restarted product goes on working: one more table along the whole path
			long id = load.round(second, http, "重启后");
			assertThat(id).isPositive();
			assertThat(status(second, id)).isEqualTo("PUBLISHED");
			assertThat(JSON.readTree(call(second, "admin", "GET", "/api/v1/admin/invariants", null).body()).get("ok")
				.asBoolean()).isTrue();
		}
		finally {
			second.kill();
		}
	}

	/** The clients: each drives its own tables from creation to publication, one request after the other. */
	final class Load {

		final String body;
		final AtomicBoolean stop = new AtomicBoolean();
		final AtomicInteger inFlight = new AtomicInteger();
		final AtomicInteger answered = new AtomicInteger();
		final AtomicInteger rounds = new AtomicInteger();
		final AtomicInteger numbers = new AtomicInteger();
		final Map<Integer, AtomicInteger> byStatusCode = new ConcurrentHashMap<>();
		/** Table id → the status the product last confirmed with a 2xx. */
		final Map<Long, String> acknowledged = new ConcurrentHashMap<>();
		/** Table id → the status the request under way when the product died would have given. */
		final Map<Long, String> unanswered = new ConcurrentHashMap<>();
		int inFlightAtKill;
		Duration loadTime = Duration.ZERO;

		Load(String body) {
			this.body = body;
		}

		void run(Product product, HttpClient client) throws Exception {
			ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
			try {
				for (int i = 0; i < CLIENTS; i++) {
					pool.submit(() -> {
						while (!stop.get()) {
							try {
								round(product, client, "崩溃测试 " + numbers.incrementAndGet());
								rounds.incrementAndGet();
							}
							catch (IOException | InterruptedException e) {
								return null; // the product is gone
							}
						}
						return null;
					});
				}
				long begun = System.nanoTime();
				Thread.sleep(LOAD.toMillis());
				while (answered.get() < MIN_ANSWERED && System.nanoTime() - begun < LOAD_LIMIT.toNanos()) {
					Thread.sleep(100);
				}
				loadTime = Duration.ofNanos(System.nanoTime() - begun);
				// kill while requests are under way
				long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
				while (inFlight.get() == 0 && System.nanoTime() < deadline) {
					Thread.onSpinWait();
				}
				inFlightAtKill = inFlight.get();
				product.kill();
				stop.set(true);
			}
			finally {
				pool.shutdownNow();
				pool.awaitTermination(20, TimeUnit.SECONDS);
			}
		}

		/** Create → submit → department approves → finance grades 优 → publication; the table's id, or -1. */
		long round(Product product, HttpClient client, String name) throws IOException, InterruptedException {
			ObjectNode table = (ObjectNode) JSON.readTree(body);
			table.put("projectName", name);
			HttpResponse<String> created = step(product, client, -1, "lead1", "POST", "/api/v1/tables",
					JSON.writeValueAsString(table));
			if (created.statusCode() != 201) {
				return -1;
			}
			long id = JSON.readTree(created.body()).get("id").asLong();
			acknowledged.put(id, "DRAFT");
			String[][] steps = { { "lead1", "/submit", null }, { "deptrev1", "/review", "{\"decision\":\"APPROVE\"}" },
					{ "finance1", "/review", "{\"grade\":\"优\"}" },
					{ "finance1", "/publish", "{\"disclosure\":\"PUBLIC\"}" } };
			for (int i = 0; i < steps.length; i++) {
				HttpResponse<String> answer = step(product, client, id, steps[i][0], "POST",
						"/api/v1/tables/" + id + steps[i][1], steps[i][2]);
				if (answer.statusCode() != 200) {
					return -1;
				}
				acknowledged.put(id, PATH.get(i + 1));
			}
			return id;
		}

		HttpResponse<String> step(Product product, HttpClient client, long id, String user, String method,
				String path, String json) throws IOException, InterruptedException {
			if (id > 0) {
				unanswered.put(id, PATH.get(PATH.indexOf(acknowledged.get(id)) + 1));
			}
			inFlight.incrementAndGet();
			try {
				HttpResponse<String> answer = call(client, product, user, method, path, json);
				answered.incrementAndGet();
				byStatusCode.computeIfAbsent(answer.statusCode(), code -> new AtomicInteger()).incrementAndGet();
				if (id > 0) {
					unanswered.remove(id);
				}
				return answer;
			}
			finally {
				inFlight.decrementAndGet();
			}
		}

		/** Tables whose status after the restart is neither what was acknowledged nor what the unanswered step gives. */
		List<String> lostAfterRestart(Product product, HttpClient client) throws Exception {
			List<String> lost = new ArrayList<>();
			for (Map.Entry<Long, String> entry : acknowledged.entrySet()) {
				String now = status(product, entry.getKey());
				if (!now.equals(entry.getValue()) && !now.equals(unanswered.get(entry.getKey()))) {
					lost.add("table " + entry.getKey() + ": acknowledged " + entry.getValue() + ", now " + now);
				}
			}
			return lost;
		}
	}

	/** The packaged product as a child process with its output in target/crash-recovery. */
	static final class Product {

		final Process process;
		final int port;
		final long started = System.nanoTime();

		private Product(Process process, int port) {
			this.process = process;
			this.port = port;
		}

		static Product start(Path jar, Path data, String name) throws IOException {
			int port = freePort();
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
				.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port,
					"--app.demo-data=true", "--app.data-dir=" + data.toAbsolutePath(), "--spring.main.banner-mode=off"));
			String prefix = System.getenv("TEST_DB_PREFIX");
			if (prefix != null && !prefix.isBlank()) {
				// as deployed on MySQL: the profile's Connector/J settings
				command.add("--spring.profiles.active=mysql");
				command.add("--spring.datasource.url=" + prefix + "crash" + env("TEST_DB_SUFFIX"));
				command.add("--spring.datasource.username=" + env("SPRING_DATASOURCE_USERNAME"));
				command.add("--spring.datasource.password=" + env("SPRING_DATASOURCE_PASSWORD"));
			}
			Process process = new ProcessBuilder(command).redirectOutput(OUT.resolve(name + ".out").toFile())
				.redirectError(OUT.resolve(name + ".err").toFile())
				.start();
			return new Product(process, port);
		}

		/** Waits for /actuator/health to say UP; how long the start took. */
		Duration awaitHealthy(HttpClient client) throws Exception {
			long deadline = started + START_TIMEOUT.toNanos();
			while (System.nanoTime() < deadline) {
				assertThat(process.isAlive()).as("the product exited, see target/crash-recovery").isTrue();
				try {
					HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
						.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
					if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
						return Duration.ofNanos(System.nanoTime() - started);
					}
				}
				catch (IOException e) {
					// not listening yet
				}
				Thread.sleep(250);
			}
			throw new AssertionError("the product did not become healthy within " + START_TIMEOUT);
		}

		String base() {
			return "http://localhost:" + port;
		}

		/** SIGKILL (on Linux): no shutdown hook, no graceful shutdown, no flush. */
		void kill() throws InterruptedException {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			process.waitFor(20, TimeUnit.SECONDS);
		}
	}

	static HttpResponse<String> call(Product product, String user, String method, String path, String body)
			throws IOException, InterruptedException {
		return call(HttpClient.newHttpClient(), product, user, method, path, body);
	}

	static HttpResponse<String> call(HttpClient client, Product product, String user, String method, String path,
			String body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(product.base() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":demo12345").getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static String status(Product product, long id) throws Exception {
		HttpResponse<String> table = call(product, "lead1", "GET", "/api/v1/tables/" + id, null);
		return table.statusCode() == 404 ? "MISSING" : JSON.readTree(table.body()).get("status").asString();
	}

	static Path jar() throws IOException {
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "jixiao-*.jar")) {
			for (Path jar : jars) {
				if (!jar.getFileName().toString().endsWith("-plain.jar")) {
					return jar;
				}
			}
		}
		throw new AssertionError("no product jar in target/: run mvn verify (the IT runs after package)");
	}

	static String fixture() throws IOException {
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static String env(String name) {
		String value = System.getenv(name);
		return value == null ? "" : value;
	}

	static String database() {
		return System.getenv("TEST_DB_PREFIX") == null ? "H2 (file)" : "MariaDB/MySQL";
	}

	static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}
}
