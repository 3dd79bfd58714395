package io.jixiao.bench;

import io.jixiao.imports.ImportDriver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 20 measured from outside: the packaged product in a process of its own (H2, a fresh data directory, a small
 * heap), the hostile workbooks uploaded over HTTP, the process's memory read from {@code /proc/PID/status}. Prints
 * figures, asserts nothing.
 *
 * <ol>
 * <li>each workbook uploaded one after the other through the API ({@code lead1}, HTTP Basic, dry run): answer, time,
 * {@code VmRSS} before and after, {@code VmHWM};</li>
 * <li>the public index and a published table (one client, one request after the other) with no load, then while
 * {@code --parallel} uploads of a workbook run again and again, through the API (HTTP Basic of lead1 and lead2) or
 * through the import page's form (signed-in sessions): percentiles and the uploads' answers;</li>
 * <li>three uploads of one user at the same moment, a minute after the phases: the per-user limit of imports at once
 * answers 429.</li>
 * </ol>
 * An upload of step 1 that the per-minute admission ({@code UploadAdmission}) refuses is sent again after its
 * {@code Retry-After}, so that each step-1 line measures an upload that was read.
 * Workbooks: the one of issue 20 (780,000 shared strings, 2 MB) and the heaviest one the limits let through.
 *
 * <p>
 * Options: {@code --jar=target/jixiao-VERSION.jar} (build it with {@code mvn -o -q -DskipTests package}),
 * {@code --jvm=-Xmx512m}, {@code --requests=300} (per public page and phase), {@code --uploads=5} (sequential per
 * workbook), {@code --parallel=4}, {@code --password=demo12345}, {@code --product-cpus=0} (the product under
 * {@code taskset -c 0}; start the benchmark itself under {@code taskset -c 1}).
 */
public final class HostileUploadBenchmark {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern PUBLIC_TABLE = Pattern.compile("href=\"/public/tables/(\\d+)\"");

	private final Map<String, String> options;

	private final String password;

	private String url;

	private long pid;

	private HostileUploadBenchmark(Map<String, String> options) {
		this.options = options;
		this.password = options.getOrDefault("password", "demo12345");
	}

	public static void main(String[] args) throws Exception {
		new HostileUploadBenchmark(BenchSupport.options(args)).run();
	}

	/** A workbook to upload, and its name in the output. */
	private record Workbook(String name, byte[] bytes) {
	}

	private void run() throws Exception {
		Path jar = jar(options.get("jar"));
		Path dir = Files.createTempDirectory("jixiao-hostile-");
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		url = "http://127.0.0.1:" + port;
		List<String> command = new ArrayList<>();
		if (options.containsKey("product-cpus")) {
			// the product on its own cores, the clients (this JVM, started under taskset too) on the others: a stand-in
			// for clients on another machine, so that the uploaders' own work does not weigh on the measured pages
			command.addAll(List.of("taskset", "-c", options.get("product-cpus")));
		}
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(Arrays.asList(options.getOrDefault("jvm", "-Xmx512m").trim().split("\\s+")));
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--app.data-dir=" + dir));
		Process product = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dir.resolve("product.log").toFile())
			.start();
		pid = product.pid();
		try {
			System.out.println("product: " + String.join(" ", command));
			System.out.println("client machine: " + BenchSupport.machine());
			waitUntilUp(product);
			measure();
		}
		finally {
			product.destroy();
			product.waitFor();
			BenchSupport.delete(dir);
		}
	}

	private void measure() throws Exception {
		int uploads = BenchSupport.intOption(options, "uploads", 5);
		int parallel = BenchSupport.intOption(options, "parallel", 4);
		int requests = BenchSupport.intOption(options, "requests", 300);
		List<Workbook> workbooks = List.of(new Workbook("780,000 strings", ImportDriver.workbookWithStrings(780_000)),
				new Workbook("near the limits", ImportDriver.workbookNearTheLimits(4_500, 10)));
		HttpClient anonymous = client();
		List<Long> published = new ArrayList<>();
		Matcher m = PUBLIC_TABLE.matcher(send(anonymous, get("/public/summary")).body());
		while (m.find()) {
			published.add(Long.parseLong(m.group(1)));
		}
		if (published.isEmpty()) {
			throw new IllegalStateException("no published table on /public/summary");
		}
		List<String> pages = List.of("/public", "/public/tables/" + published.get(0));
		latencies(anonymous, pages, 50); // warm-up
		System.out.printf("started: VmRSS %s, VmHWM %s; public pages %s%n", memory("VmRSS"), memory("VmHWM"), pages);
		for (Workbook workbook : workbooks) {
			System.out.printf("%nworkbook %s: %.2f MB, one upload after the other (API, lead1, dry run)%n",
					workbook.name(), workbook.bytes().length / 1e6);
			for (int i = 1; i <= uploads; i++) {
				long rss;
				long start;
				HttpResponse<String> answer;
				int tries = 0;
				do {
					rss = kib("VmRSS");
					start = System.nanoTime();
					answer = send(anonymous, apiUpload("lead1", workbook));
				}
				while (waitedForAdmission(answer) && ++tries < 3);
				long took = System.nanoTime() - start;
				long after = kib("VmRSS");
				System.out.printf("  upload %d: %d in %.2f s, VmRSS %,d -> %,d MiB (%+,d), VmHWM %,d MiB%s%n", i,
						answer.statusCode(), BenchSupport.seconds(took), rss >> 10, after >> 10, (after - rss) >> 10,
						kib("VmHWM") >> 10, i == 1 ? "; " + message(answer.body()) : "");
			}
		}
		System.out.printf("%npublic pages, one client, %d requests each with nothing else running and as many while the"
				+ " uploads run, in alternating blocks of %d; nearest-rank percentiles in ms%n", requests, BLOCK);
		System.out.printf("%-56s %8s %8s %8s %8s  %s%n", "while", "p50", "p95", "p99", "max", "uploads: answers");
		for (Workbook workbook : workbooks) {
			for (boolean api : new boolean[] { true, false }) {
				phase(String.format("%d × %s (%s)", parallel, workbook.name(), api ? "API" : "page form"), pages,
						requests, workbook, api, parallel);
			}
		}
		// the phases used up the minute's uploads: the burst measures the limit of imports at once
		Thread.sleep(61_000);
		burst(workbooks.get(1));
		System.out.printf("%nat the end: VmRSS %s, VmHWM %s; load average %s%n", memory("VmRSS"), memory("VmHWM"),
				BenchSupport.loadAverage());
	}

	/**
	 * The public pages measured in blocks of {@link #BLOCK} requests, one block with nothing else running, the next
	 * while {@code parallel} clients upload the workbook again and again, and so on: what the machine's neighbours do
	 * then weighs on both alike. A page-form upload lasts until its job has ended, as the page's progress bar waits.
	 */
	private void phase(String name, List<String> pages, int requests, Workbook workbook, boolean api, int parallel)
			throws Exception {
		String[] users = { "lead1", "lead1", "lead2", "lead2" };
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicBoolean active = new AtomicBoolean();
		AtomicInteger inFlight = new AtomicInteger();
		ConcurrentMap<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
		List<Thread> uploaders = new ArrayList<>();
		for (int i = 0; i < parallel; i++) {
			String user = users[i % users.length];
			HttpClient client = api ? client() : signIn(user);
			Thread thread = new Thread(() -> {
				while (running.get()) {
					try {
						if (!active.get()) {
							Thread.sleep(5);
							continue;
						}
						inFlight.incrementAndGet();
						try {
							HttpResponse<String> answer = send(client,
									api ? apiUpload(user, workbook) : formUpload(client, workbook));
							answers.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
							awaitJob(client, answer);
						}
						finally {
							inFlight.decrementAndGet();
						}
					}
					catch (IOException e) {
						answers.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
					}
					catch (InterruptedException e) {
						return;
					}
				}
			});
			uploaders.add(thread);
			thread.start();
		}
		HttpClient reader = client();
		long[] quiet = new long[0];
		long[] loaded = new long[0];
		int perBlock = BLOCK / pages.size();
		for (int done = 0; done < requests; done += perBlock) {
			active.set(false);
			while (inFlight.get() > 0) {
				Thread.sleep(5);
			}
			quiet = concat(quiet, latencies(reader, pages, perBlock));
			active.set(true);
			Thread.sleep(500); // the uploads under way
			loaded = concat(loaded, latencies(reader, pages, perBlock));
		}
		running.set(false);
		for (Thread thread : uploaders) {
			thread.join();
		}
		print(name + ": nothing else", quiet, Map.of());
		print(name + ": uploads", loaded, answers);
		System.out.printf("%56s VmRSS %s, VmHWM %s; load average %s%n", "", memory("VmRSS"), memory("VmHWM"),
				BenchSupport.loadAverage());
	}

	/** After a refusal by the per-minute admission: waits its {@code Retry-After} and says so. */
	private static boolean waitedForAdmission(HttpResponse<String> answer) throws InterruptedException {
		if (answer.statusCode() != 429) {
			return false;
		}
		long seconds = answer.headers().firstValue("Retry-After").map(Long::parseLong).orElse(60L);
		System.out.printf("  (429 %s; waiting %d s)%n", message(answer.body()), seconds);
		Thread.sleep(seconds * 1000 + 100);
		return true;
	}

	/** Requests per block of {@link #phase}, all pages together. */
	private static final int BLOCK = 50;

	private static final Pattern JOB = Pattern.compile("/imports/jobs/([0-9a-f]+)$");

	/** After a page-form upload that started a job: its progress until it no longer runs. */
	private void awaitJob(HttpClient client, HttpResponse<String> answer) throws IOException, InterruptedException {
		Matcher job = JOB.matcher(answer.headers().firstValue("Location").orElse(""));
		if (answer.statusCode() != 302 || !job.find()) {
			return;
		}
		while (send(client, get("/imports/jobs/" + job.group(1) + "/progress")).body().contains("\"running\":true")) {
			Thread.sleep(100);
		}
	}

	private static long[] concat(long[] a, long[] b) {
		long[] all = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	/** Three uploads of lead1 at the same moment: two slots per user. */
	private void burst(Workbook workbook) throws Exception {
		CountDownLatch go = new CountDownLatch(1);
		List<Thread> threads = new ArrayList<>();
		List<String> answers = java.util.Collections.synchronizedList(new ArrayList<>());
		for (int i = 0; i < 3; i++) {
			Thread thread = new Thread(() -> {
				try {
					go.await();
					HttpResponse<String> answer = send(client(), apiUpload("lead1", workbook));
					answers.add(answer.statusCode() + (answer.statusCode() == 200 ? "" : " " + message(answer.body())));
				}
				catch (IOException | InterruptedException e) {
					answers.add(e.toString());
				}
			});
			threads.add(thread);
			thread.start();
		}
		go.countDown();
		for (Thread thread : threads) {
			thread.join();
		}
		System.out.printf("%n3 uploads of lead1 at once (%s): %s%n", workbook.name(), answers);
	}

	private static void print(String name, long[] nanos, Map<Integer, AtomicInteger> answers) {
		Arrays.sort(nanos);
		System.out.printf("%-56s %8.1f %8.1f %8.1f %8.1f  %s%n", name, ms(percentile(nanos, 50)),
				ms(percentile(nanos, 95)), ms(percentile(nanos, 99)), ms(nanos[nanos.length - 1]),
				new TreeMap<>(answers));
	}

	/** Each page {@code count} times, in turn, one request after the other. */
	private long[] latencies(HttpClient client, List<String> pages, int count) throws Exception {
		long[] nanos = new long[count * pages.size()];
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			HttpResponse<String> answer = send(client, get(pages.get(i % pages.size())));
			nanos[i] = System.nanoTime() - start;
			if (answer.statusCode() != 200) {
				throw new IllegalStateException(pages.get(i % pages.size()) + " answered " + answer.statusCode());
			}
		}
		return nanos;
	}

	private HttpRequest apiUpload(String user, Workbook workbook) {
		String boundary = "----hostile" + System.nanoTime();
		String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(url + "/api/v1/import?dryRun=true"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.timeout(Duration.ofMinutes(5))
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, null, workbook)))
			.build();
	}

	/** As the import page's form posts it: the session's CSRF token as a field, then the file. */
	private HttpRequest formUpload(HttpClient client, Workbook workbook) throws IOException, InterruptedException {
		String boundary = "----hostile" + System.nanoTime();
		return HttpRequest.newBuilder(URI.create(url + "/imports"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.timeout(Duration.ofMinutes(5))
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, csrf(client, "/imports"), workbook)))
			.build();
	}

	private static byte[] multipart(String boundary, String csrf, Workbook workbook) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (csrf != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
					+ "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hostile.xlsx\""
				+ "\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(workbook.bytes());
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private HttpClient signIn(String user) throws IOException, InterruptedException {
		HttpClient client = client();
		String form = "username=" + user + "&password=" + password + "&_csrf=" + csrf(client, "/login");
		HttpResponse<String> answer = send(client, HttpRequest.newBuilder(URI.create(url + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("sign-in of " + user + " failed: " + answer.statusCode());
		}
		return client;
	}

	private String csrf(HttpClient client, String path) throws IOException, InterruptedException {
		Matcher csrf = CSRF.matcher(send(client, get(path)).body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on " + path);
		}
		return csrf.group(1);
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofMinutes(5)).build();
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request)
			throws IOException, InterruptedException {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static HttpClient client() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** The {@code message} of a JSON error, or the start of the body. */
	private static String message(String body) {
		Matcher m = Pattern.compile("\"message\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
		return m.find() ? m.group(1) : body.substring(0, Math.min(80, body.length())).replaceAll("\\s+", " ");
	}

	private void waitUntilUp(Process product) throws Exception {
		HttpClient client = client();
		long start = System.nanoTime();
		while (System.nanoTime() - start < Duration.ofMinutes(5).toNanos()) {
			if (!product.isAlive()) {
				throw new IllegalStateException("the product ended with " + product.exitValue());
			}
			try {
				if (send(client, get("/actuator/health")).body().contains("\"UP\"")) {
					System.out.printf("health UP after %.1f s%n", BenchSupport.seconds(System.nanoTime() - start));
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the product did not start within 5 minutes");
	}

	/** A line of {@code /proc/PID/status}, in KiB. */
	private long kib(String field) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
			if (line.startsWith(field + ":")) {
				return Long.parseLong(line.replaceAll("\\D", ""));
			}
		}
		throw new IllegalStateException(field + " not in /proc/" + pid + "/status");
	}

	private String memory(String field) throws IOException {
		return String.format("%,d MiB", kib(field) >> 10);
	}

	private static Path jar(String given) throws IOException {
		if (given != null) {
			return Path.of(given);
		}
		try (var files = Files.list(Path.of("target"))) {
			return files.filter(f -> f.getFileName().toString().matches("jixiao-.*(?<!-plain)\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no target/jixiao-*.jar: mvn -o -q -DskipTests package"));
		}
	}

	/** Nearest rank. */
	private static long percentile(long[] sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}
}
