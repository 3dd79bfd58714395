package io.jixiao.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * The deadline day of issue 19 against a running product (one node, or several behind a load balancer): project leads
 * edit and submit their unit's tables, department and finance reviewers decide, anonymous readers browse the public
 * site, all at once for a given time. Every account signs in with HTTP Basic on every call, as an integration would.
 * <p>
 * The accounts are the generator's ({@code --app.generate.tables=N}, README "A province-year of data"): a lead per
 * unit ({@code gen-lead-DDD-UU}, 20 units a department, 100 tables a unit), a reviewer per department
 * ({@code gen-dept-DDD}; the odd departments review their units' tables) and {@code gen-finance}, with the demo
 * password; finance also as {@code finance1} and {@code finance2} (demo data on). A lead works in its own unit only,
 * a department reviewer on its department's tasks only: the product's scoping and segregation of duties hold.
 * <p>
 * Two reviewers may pick the same task, a lead's edit may meet a submission of the same table from another session:
 * such a transition answers 409, which is the contract and counted as OK (and counted apart, printed at the end);
 * anything else not 2xx fails the run (assertion: no failed request).
 * <p>
 * System properties: {@code baseUrl}, {@code duration} (seconds, default 600), {@code ramp} (seconds over which each
 * population starts), {@code leads} (300), {@code deptReviewers} (30), {@code financeReviewers} (20), {@code readers}
 * (500), {@code tables} (how many the generator made, for the account names; 100000), {@code year} (2026),
 * {@code password}, {@code thinkMin}/{@code thinkMax} (seconds a person pauses between two requests, 5 and 20),
 * {@code confirmedFile} (where to write the confirmed transitions per audit action, for the script to compare with
 * the audit trail).
 */
public class DeadlineDaySimulation extends Simulation {

	private static final int TABLES_PER_UNIT = 100;
	private static final int UNITS_PER_DEPARTMENT = 20;

	private final String baseUrl = System.getProperty("baseUrl", "http://127.0.0.1:8080");
	private final long duration = Long.getLong("duration", 600);
	private final long ramp = Long.getLong("ramp", Math.min(60, Math.max(1, duration / 6)));
	private final int leads = Integer.getInteger("leads", 300);
	private final int deptReviewers = Integer.getInteger("deptReviewers", 30);
	private final int financeReviewers = Integer.getInteger("financeReviewers", 20);
	private final int readers = Integer.getInteger("readers", 500);
	private final int tables = Integer.getInteger("tables", 100_000);
	private final int year = Integer.getInteger("year", 2026);
	private final String password = System.getProperty("password", "demo12345");
	private final long thinkMin = Long.getLong("thinkMin", 5);
	private final long thinkMax = Long.getLong("thinkMax", 20);
	private final String confirmedFile = System.getProperty("confirmedFile", "");

	private final int units = Math.max(1, (tables + TABLES_PER_UNIT - 1) / TABLES_PER_UNIT);
	private final int departments = (units + UNITS_PER_DEPARTMENT - 1) / UNITS_PER_DEPARTMENT;

	/**
	 * Every transition the product answered, by kind and status: the confirmed ones (2xx) must be audited; a 409 is
	 * expected, any other status is also an error in Gatling's count.
	 */
	private static final Map<String, LongAdder> ANSWERS = new ConcurrentHashMap<>();

	/** How many bodies of unexpected answers are printed per kind and status. */
	private static final int UNEXPECTED_SHOWN = 5;

	/** When the populations stop starting new iterations (set when the simulation starts). */
	private volatile long endsAt;

	private final String newTable = resource("deadline-table.json");

	{
		HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
			.acceptHeader("application/json, text/html")
			.acceptLanguageHeader("zh-CN")
			.userAgentHeader("jixiao-deadline-day")
			// no request to an outside host before the run
			.disableWarmUp();
		List<PopulationBuilder> populations = new ArrayList<>();
		add(populations, leads(), leads);
		add(populations, departmentReviewers(), deptReviewers);
		add(populations, financeReviewers(), financeReviewers);
		add(populations, readers(), readers);
		setUp(populations)
			.protocols(protocol)
			// the iterations end at the deadline; this only stops requests that would never come back
			.maxDuration(Duration.ofSeconds(duration + 120))
			.assertions(global().failedRequests().count().is(0L));
	}

	@Override
	public void before() {
		endsAt = System.currentTimeMillis() + duration * 1000;
		System.out.printf("DEADLINE DAY against %s for %d s: %d leads, %d department and %d finance reviewers, %d readers;"
				+ " accounts of %d generated units in %d departments; think %d-%d s%n", baseUrl, duration, leads,
				deptReviewers, financeReviewers, readers, units, departments, thinkMin, thinkMax);
	}

	@Override
	public void after() {
		Map<String, Long> answers = new TreeMap<>();
		ANSWERS.forEach((k, v) -> answers.put(k, v.sum()));
		System.out.println("DEADLINE DAY transitions answered (kind status=count): " + answers);
		// the audit action each confirmed transition writes once: CREATE, UPDATE, SUBMIT, APPROVE
		Map<String, Long> confirmed = new TreeMap<>();
		answers.forEach((k, n) -> {
			String[] kindStatus = k.split(" ");
			if (kindStatus[1].startsWith("2")) {
				confirmed.merge(auditAction(kindStatus[0]), n, Long::sum);
			}
		});
		String lines = confirmed.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("\n", "", "\n"));
		System.out.print("DEADLINE DAY confirmed per audit action:\n" + lines);
		if (!confirmedFile.isEmpty()) {
			try {
				Files.writeString(Path.of(confirmedFile), lines);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	private static String auditAction(String kind) {
		return switch (kind) {
			case "create" -> "CREATE";
			case "update" -> "UPDATE";
			case "submit" -> "SUBMIT";
			default -> "APPROVE";
		};
	}

	private void add(List<PopulationBuilder> populations, ScenarioBuilder scenario, int users) {
		if (users > 0) {
			populations.add(scenario.injectOpen(rampUsers(users).during(ramp)));
		}
	}

	/** A lead: opens one of its unit's drafts or returned tables (or starts a new one), edits it, submits it. */
	private ScenarioBuilder leads() {
		List<Map<String, Object>> accounts = new ArrayList<>();
		for (int i = 0; i < leads; i++) {
			// spread over all units, so that every department (reviewing or not) receives submissions
			int unit = (int) ((long) i * units / Math.max(leads, 1)) % units;
			accounts.add(Map.of("user", "gen-lead-%03d-%02d".formatted(unit / UNITS_PER_DEPARTMENT + 1,
					unit % UNITS_PER_DEPARTMENT + 1)));
		}
		ChainBuilder edit = exec(
				http("lead: table").get("/api/v1/tables/#{tableId}").basicAuth("#{user}", password)
					.check(status().saveAs("readStatus"), status().is(200), bodyString().saveAs("table")),
				think(),
				// a table that could not be read is not edited (its failed read is the error already counted). Gatling
				// saves the body even when the status check failed: the status decides, else an error's JSON was sent
				// back as the table and answered 422 (the 422s of the earlier full runs)
				doIf(session -> session.contains("readStatus") && session.getInt("readStatus") == 200).then(exec(
						http("lead: update").put("/api/v1/tables/#{tableId}").basicAuth("#{user}", password)
							.body(StringBody(DeadlineDaySimulation::edited)).asJson()
							.check(status().saveAs("answer"), bodyString().saveAs("answerBody"), status().in(200, 409)),
						count("update"))));
		ChainBuilder create = exec(
				http("lead: create").post("/api/v1/tables").basicAuth("#{user}", password)
					.body(StringBody(this::created)).asJson()
					.check(status().saveAs("answer"), bodyString().saveAs("answerBody"), status().is(201),
						jsonPath("$.id").saveAs("tableId")),
				count("create"),
				think());
		return scenario("leads").feed(listFeeder(accounts).circular())
			.exec(pause(0, thinkMax))
			.exec(asLongAs(this::beforeDeadline).on(
				// nothing read in an earlier iteration is sent again (a failed read leaves no new value)
				exec(session -> session.remove("tableId").remove("table").remove("readStatus").set("status",
						ThreadLocalRandom.current().nextInt(4) == 0 ? "RETURNED" : "DRAFT")),
				http("lead: own tables").get("/api/v1/tables?year=" + year + "&status=#{status}&size=10")
					.basicAuth("#{user}", password)
					.check(status().is(200), jsonPath("$.items[*].id").findRandom().optional().saveAs("tableId")),
				think(),
				doIfOrElse(session -> session.contains("tableId")).then(edit).orElse(create),
				think(),
				http("lead: submit").post("/api/v1/tables/#{tableId}/submit").basicAuth("#{user}", password)
					.check(status().saveAs("answer"), bodyString().saveAs("answerBody"), status().in(200, 409)),
				count("submit"),
				think()));
	}

	/** A department reviewer of a reviewing department: reads one of its open tasks' tables and approves it. */
	private ScenarioBuilder departmentReviewers() {
		List<Map<String, Object>> accounts = new ArrayList<>();
		int reviewing = (departments + 1) / 2;
		for (int i = 0; i < deptReviewers; i++) {
			accounts.add(Map.of("user", "gen-dept-%03d".formatted(2 * (i % reviewing) + 1)));
		}
		return reviewer("department reviewers", accounts, "DEPT_REVIEW", "department",
				"{\"decision\":\"APPROVE\",\"comment\":\"截止日审核同意\"}");
	}

	/** A finance reviewer: grades one of the open finance tasks 优 and approves it. */
	private ScenarioBuilder financeReviewers() {
		List<String> names = List.of("gen-finance", "finance1", "finance2");
		List<Map<String, Object>> accounts = new ArrayList<>();
		for (int i = 0; i < financeReviewers; i++) {
			accounts.add(Map.of("user", names.get(i % names.size())));
		}
		return reviewer("finance reviewers", accounts, "FINANCE_REVIEW", "finance",
				"{\"decision\":\"APPROVE\",\"grade\":\"优\",\"comment\":\"截止日财政审核通过\"}");
	}

	private ScenarioBuilder reviewer(String name, List<Map<String, Object>> accounts, String stage, String kind,
			String decision) {
		String label = kind.equals("finance") ? "finance" : "dept";
		return scenario(name).feed(listFeeder(accounts).circular())
			.exec(pause(0, thinkMax))
			.exec(asLongAs(this::beforeDeadline).on(
				exec(session -> session.remove("tableId").set("page", ThreadLocalRandom.current().nextInt(3))),
				// reviewers sharing a queue start on different pages of it, as people do; some still meet (409)
				http(label + ": tasks").get("/api/v1/tasks?stage=" + stage + "&page=#{page}&size=20")
					.basicAuth("#{user}", password)
					.check(status().is(200), jsonPath("$[*].tableId").findRandom().optional().saveAs("tableId")),
				think(),
				doIfOrElse(session -> session.contains("tableId")).then(exec(
						http(label + ": table").get("/api/v1/tables/#{tableId}").basicAuth("#{user}", password)
							.check(status().is(200)),
						think(),
						http(label + ": decision").post("/api/v1/tables/#{tableId}/review")
							.basicAuth("#{user}", password).body(StringBody(decision)).asJson()
							.check(status().saveAs("answer"), bodyString().saveAs("answerBody"), status().in(200, 409)),
						count(kind + "-decision"))).orElse(exec(think())),
				think()));
	}

	/** An anonymous reader: the public index, a department's tables, one table, a search by name. */
	private ScenarioBuilder readers() {
		return scenario("public readers")
			.exec(pause(0, thinkMax))
			.exec(asLongAs(this::beforeDeadline).on(
				http("public: index").get("/public?year=" + year)
					.check(status().is(200),
							regex("/public\\?year=" + year + "&amp;department=(\\d+)").findRandom().optional()
								.saveAs("department")),
				think(),
				doIfOrElse(session -> session.contains("department")).then(exec(
						http("public: department").get("/public?year=" + year + "&department=#{department}")
							.check(status().is(200), regex("/public/tables/(\\d+)\"").findRandom().optional()
								.saveAs("publicId")),
						think())).orElse(exec(session -> session)),
				doIfOrElse(session -> session.contains("publicId")).then(exec(
						http("public: table").get("/public/tables/#{publicId}").check(status().is(200)),
						think())).orElse(exec(session -> session)),
				// names like the generator's (省级专项项目N): a reader looks for a project by part of its name
				http("public: search").get(session -> "/public?year=" + year + "&q=" + searchText())
					.check(status().is(200)),
				think()));
	}

	private String searchText() {
		int n = ThreadLocalRandom.current().nextInt(1, Math.max(2, tables));
		return java.net.URLEncoder.encode("专项项目" + n, StandardCharsets.UTF_8);
	}

	private boolean beforeDeadline(Session session) {
		return System.currentTimeMillis() < endsAt;
	}

	private ChainBuilder think() {
		return exec(pause(thinkMin, thinkMax));
	}

	private static ChainBuilder count(String kind) {
		return exec(session -> {
			// a request that got no answer saved no status: it is counted by Gatling as an error, not here
			if (session.contains("answer")) {
				// an Object first: String.valueOf(session.get(...)) would pick valueOf(char[]) and fail on the Integer
				Object status = session.get("answer");
				String answer = status.toString();
				long seen = ANSWERS.computeIfAbsent(kind + " " + answer, k -> new LongAdder()).sum();
				ANSWERS.get(kind + " " + answer).increment();
				// an answer that is neither a success nor the expected 409 says why in its body: the first few are shown
				if (!answer.startsWith("2") && !answer.equals("409") && seen < UNEXPECTED_SHOWN) {
					String body = session.contains("answerBody") ? session.getString("answerBody") : "";
					String read = session.contains("table") ? session.getString("table") : "";
					System.out.printf("DEADLINE DAY unexpected %s %s for %s (table %s): %s; the table as read: %s%n",
							kind, answer, session.getString("user"),
							session.contains("tableId") ? session.getString("tableId") : "-",
							body.substring(0, Math.min(body.length(), 400)), read.substring(0, Math.min(read.length(), 300)));
				}
			}
			return session.remove("answer").remove("answerBody");
		});
	}

	/** The table as read, with its overall goal rewritten (a change the product audits as UPDATE). */
	private static String edited(Session session) {
		String goal = "\"overallGoal\":\"截止日前修改：按时完成项目目标（" + System.nanoTime() + "）\"";
		return session.getString("table")
			.replaceFirst("\"overallGoal\":(null|\"(?:[^\"\\\\]|\\\\.)*\")", Matcher.quoteReplacement(goal));
	}

	private String created(Session session) {
		return newTable.replace("\"year\": 2026", "\"year\": " + year)
			.replace("截止日项目", "截止日项目" + session.userId() + "-" + System.nanoTime() % 100000);
	}

	private static String resource(String name) {
		try (InputStream in = DeadlineDaySimulation.class.getClassLoader().getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
