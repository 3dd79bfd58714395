package io.jixiao.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Latency of the main pages and API calls of a running product, as its users reach them over HTTP: the finance
 * reviewer's task list and table pages, a project lead's table list, the administrator's board, the public index and
 * public tables, and finance's overviews of the generator's monitoring round and self-evaluation round. Meant for a
 * product started with the province-year generator (README); prints p50/p95/p99 per page and asserts nothing.
 *
 * <p>
 * Options: {@code --url=http://localhost:8080 --requests=200 --warmup=30 --seconds=60 --clients=1
 * --password=demo12345 --finance=finance1 --lead=gen-lead-001-01 --admin=admin --only=text --skip=text --round=id
 * --evaluation-round=id}. Every
 * request of a page runs after the previous one answered (per client); a page stops early when its {@code seconds}
 * are spent (the printed n says how many were measured); {@code only} keeps the pages whose name contains the text,
 * {@code skip} leaves them out. Pages that take
 * an id cycle through ids read from the product first (tables with a finance task from the task list, published ones
 * from the first page of the public summary list, departments from the public index), so that caches see many rows.
 */
public final class PageLatencyBenchmark {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern PUBLIC_TABLE = Pattern.compile("href=\"/public/tables/(\\d+)\"");
	private static final Pattern DEPARTMENT = Pattern.compile("href=\"/public\\?year=\\d+&amp;department=(\\d+)\"");
	private static final Pattern ROUND = Pattern.compile("href=\"/monitoring/rounds/(\\d+)\"");
	private static final Pattern EVALUATION_ROUND = Pattern.compile("href=\"/evaluation/rounds/(\\d+)\"");

	private final JsonMapper json = JsonMapper.builder().build();

	private final String url;

	private final Map<String, String> options;

	private PageLatencyBenchmark(Map<String, String> options) {
		this.options = options;
		this.url = options.getOrDefault("url", "http://localhost:8080").replaceAll("/$", "");
	}

	public static void main(String[] args) throws Exception {
		new PageLatencyBenchmark(BenchSupport.options(args)).run();
	}

	/** A page or call, the user who asks and the path of its i-th request. */
	private record Page(String name, HttpClient client, IntFunction<String> path) {
	}

	private void run() throws Exception {
		String password = options.getOrDefault("password", "demo12345");
		HttpClient finance = signIn(options.getOrDefault("finance", "finance1"), password);
		HttpClient lead = signIn(options.getOrDefault("lead", "gen-lead-001-01"), password);
		HttpClient admin = signIn(options.getOrDefault("admin", "admin"), password);
		HttpClient anonymous = client();

		JsonNode invariants = json.readTree(get(admin, "/api/v1/admin/invariants"));
		List<Long> inReview = new ArrayList<>();
		for (JsonNode task : json.readTree(get(finance, "/api/v1/tasks"))) {
			inReview.add(task.path("tableId").asLong());
		}
		// the index lists departments, not tables: the tables come from the summary list's first page
		List<Long> departments = matches(DEPARTMENT, get(anonymous, "/public"));
		List<Long> published = matches(PUBLIC_TABLE, get(anonymous, "/public/summary"));
		JsonNode tasksPage = json.readTree(get(finance, "/api/v1/tables?size=1"));
		if (inReview.isEmpty() || published.isEmpty() || departments.isEmpty()) {
			throw new IllegalStateException("no tables in finance review or none published: start the product with "
					+ "--app.generate.tables=N first");
		}
		int lastTaskPage = (inReview.size() + 49) / 50;
		// the generator's monitoring round is the newest on finance's monitoring page (--round= to pick another)
		long round = options.containsKey("round") ? Long.parseLong(options.get("round"))
				: matches(ROUND, get(finance, "/monitoring")).stream().mapToLong(Long::longValue).max()
					.orElseThrow(() -> new IllegalStateException("no monitoring round: generate the tables first"));
		// and its self-evaluation round the newest on finance's self-evaluation page (--evaluation-round= for another)
		long evaluationRound = options.containsKey("evaluation-round")
				? Long.parseLong(options.get("evaluation-round"))
				: matches(EVALUATION_ROUND, get(finance, "/evaluation")).stream().mapToLong(Long::longValue).max()
					.orElseThrow(() -> new IllegalStateException("no self-evaluation round: generate the tables first"));

		List<Page> pages = List.of(new Page("待办 /tasks (finance, page 1)", finance, i -> "/tasks"),
				new Page("待办 /tasks?page=last (finance)", finance, i -> "/tasks?page=" + lastTaskPage),
				new Page("GET /api/v1/tasks (finance, every task)", finance, i -> "/api/v1/tasks"),
				new Page("GET /api/v1/tasks?size=50 (finance)", finance, i -> "/api/v1/tasks?size=50"),
				new Page("table page /tables/{id} (finance, in review)", finance,
						i -> "/tables/" + inReview.get(i % inReview.size())),
				new Page("GET /api/v1/tables/{id} (finance)", finance,
						i -> "/api/v1/tables/" + inReview.get(i % inReview.size())),
				new Page("table list /tables (finance, all units)", finance, i -> "/tables"),
				new Page("GET /api/v1/tables?size=50 (finance)", finance, i -> "/api/v1/tables?size=50"),
				new Page("table list /tables (lead, own unit)", lead, i -> "/tables"),
				new Page("board /admin/pending (admin)", admin, i -> "/admin/pending"),
				new Page("public index /public", anonymous, i -> "/public"),
				new Page("public table /public/tables/{id}", anonymous,
						i -> "/public/tables/" + published.get(i % published.size())),
				new Page("public department /public?department={id}", anonymous,
						i -> "/public?department=" + departments.get(i % departments.size())),
				new Page("public search /public?q=", anonymous, i -> "/public?q=" + (i % 10)),
				new Page("GET /public/api/v1/tables?size=50", anonymous, i -> "/public/api/v1/tables?size=50&page=" + i % 20),
				new Page("public summary /public/summary", anonymous, i -> "/public/summary"),
				new Page("public summary /public/summary?page=10", anonymous, i -> "/public/summary?page=10"),
				new Page("monitoring round /monitoring/rounds/{id} (finance)", finance, i -> "/monitoring/rounds/" + round),
				new Page("GET /api/v1/monitoring/rounds/{id} (finance)", finance,
						i -> "/api/v1/monitoring/rounds/" + round),
				new Page("self-evaluation round /evaluation/rounds/{id} (finance)", finance,
						i -> "/evaluation/rounds/" + evaluationRound),
				new Page("GET /api/v1/evaluation/rounds/{id} (finance)", finance,
						i -> "/api/v1/evaluation/rounds/" + evaluationRound));

		int requests = BenchSupport.intOption(options, "requests", 200);
		int warmup = BenchSupport.intOption(options, "warmup", 30);
		int clients = BenchSupport.intOption(options, "clients", 1);
		long budget = Duration.ofSeconds(BenchSupport.intOption(options, "seconds", 60)).toNanos();
		String only = options.getOrDefault("only", "");
		// e.g. --skip="every task": 20 clients asking for 29,882 tasks at once wait longer for a connection than the pool
		// allows (30 s) while each holds one for its 20 s
		String skip = options.get("skip");
		System.out.printf("page latency against %s: %d tables, %d processes (invariants ok: %s), %d tables visible "
				+ "to finance, %d tasks in finance review, %d public tables on the index%n", url,
				invariants.path("tables").asLong(), invariants.path("processes").asLong(),
				invariants.path("ok").asBoolean(), tasksPage.path("total").asLong(), inReview.size(),
				published.size());
		System.out.printf("%d requests per page after %d warm-up, %d client(s); client machine: %s%n", requests, warmup,
				clients, BenchSupport.machine());
		// the machine is shared: the load average (1 minute) after each page, beside its figures
		System.out.printf("%-48s %7s %8s %8s %8s %8s %8s %9s  %s%n", "page", "n", "p50 ms", "p95 ms", "p99 ms", "max ms",
				"mean ms", "KiB", "load");
		for (Page page : pages) {
			if (!page.name().contains(only) || skip != null && page.name().contains(skip)) {
				continue;
			}
			measure(page, warmup, 1, budget / 4);
			long[] nanos = measure(page, requests, clients, budget);
			int bytes = get(page.client(), page.path().apply(0)).length();
			Arrays.sort(nanos);
			System.out.printf("%-48s %7d %8.1f %8.1f %8.1f %8.1f %8.1f %9.1f  %s%n", page.name(), nanos.length,
					ms(percentile(nanos, 50)), ms(percentile(nanos, 95)), ms(percentile(nanos, 99)),
					ms(nanos[nanos.length - 1]), ms((long) Arrays.stream(nanos).average().orElse(0)), bytes / 1024.0,
					BenchSupport.loadAverage().split(" ")[0]);
		}
		System.out.println("load average at the end: " + BenchSupport.loadAverage());
	}

	/**
	 * Durations of {@code count} requests of the page, shared out over {@code clients} threads; fewer when the budget
	 * is spent first.
	 */
	private long[] measure(Page page, int count, int clients, long budget) throws Exception {
		long[] nanos = new long[count];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		long deadline = System.nanoTime() + budget;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				running.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < count
							&& System.nanoTime() < deadline; i = next.getAndIncrement()) {
						long start = System.nanoTime();
						get(page.client(), page.path().apply(i));
						nanos[done.getAndIncrement()] = System.nanoTime() - start;
					}
					return null;
				}));
			}
			for (Future<?> f : running) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return Arrays.copyOf(nanos, done.get());
	}

	/** Nearest rank. */
	private static long percentile(long[] sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

	private static List<Long> matches(Pattern pattern, String html) {
		LinkedHashSet<Long> ids = new LinkedHashSet<>();
		Matcher m = pattern.matcher(html);
		while (m.find()) {
			ids.add(Long.parseLong(m.group(1)));
		}
		return new ArrayList<>(ids);
	}

	private static HttpClient client() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** Through the login form, as a browser does: the session cookie then carries every request. */
	private HttpClient signIn(String username, String password) throws IOException, InterruptedException {
		HttpClient client = client();
		Matcher csrf = CSRF.matcher(get(client, "/login"));
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on " + url + "/login");
		}
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrf.group(1));
		HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("sign-in failed for " + username + ": " + response.statusCode() + " "
					+ location);
		}
		return client;
	}

	private String get(HttpClient client, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url + path))
			.timeout(Duration.ofMinutes(5))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
		}
		return response.body();
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
