package io.jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two nodes of the product on one database, as behind a load balancer: a sign-in on one is valid on the other, and a
 * table goes through review with every step on the other node than the one before. Node A is the shared product
 * context of the other tests (a boot saved); node B is a second product started on its database.
 */
@ProductTest
class TwoNodesTest {

	static ConfigurableApplicationContext nodeA;
	static ConfigurableApplicationContext nodeB;
	static final JsonMapper JSON = JsonMapper.builder().build();

	@BeforeAll
	static void startSecondNode(@Autowired ConfigurableApplicationContext product) {
		nodeA = product;
		nodeB = new SpringApplicationBuilder(JixiaoApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + product.getEnvironment().getRequiredProperty("spring.datasource.url"),
				"--app.demo-data=true", "--spring.main.banner-mode=off");
	}

	@AfterAll
	static void stopSecondNode() {
		if (nodeB != null) {
			nodeB.close();
		}
	}

	static String base(ConfigurableApplicationContext node) {
		return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	static HttpResponse<String> api(ConfigurableApplicationContext node, String user, String method, String path,
			String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base(node) + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":demo12345").getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	static String status(ConfigurableApplicationContext node, long id) throws Exception {
		return JSON.readTree(api(node, "lead1", "GET", "/api/v1/tables/" + id, null).body()).get("status").asString();
	}

	static String review(ConfigurableApplicationContext node, String user, long id, String body) throws Exception {
		HttpResponse<String> response = api(node, user, "POST", "/api/v1/tables/" + id + "/review", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body()).get("status").asString();
	}

	static HttpResponse<String> get(HttpClient browser, ConfigurableApplicationContext node, String path)
			throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create(base(node) + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a form with the CSRF token of the page last seen. */
	static HttpResponse<String> post(HttpClient browser, ConfigurableApplicationContext node, String path,
			String page, String form) throws Exception {
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).isTrue();
		return browser.send(HttpRequest.newBuilder(URI.create(base(node) + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					form + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A browser signed in on the node with the user's demo password. */
	static HttpClient signIn(ConfigurableApplicationContext node, String user) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> signedIn = post(browser, node, "/login", get(browser, node, "/login").body(),
				"username=" + user + "&password=demo12345");
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return browser;
	}

	@Test
	void aSignInOnOneNodeIsValidOnTheOther() throws Exception {
		HttpClient browser = signIn(nodeA, "lead1");

		HttpResponse<String> onB = get(browser, nodeB, "/tables");
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("徐晶").contains("保洁用品项目");

		HttpResponse<String> anonymous = get(HttpClient.newHttpClient(), nodeB, "/tables");
		assertThat(anonymous.statusCode()).isEqualTo(302);
	}

	/** Polls the job's progress on the node until it no longer runs; its state then. */
	static String waitForImport(HttpClient browser, ConfigurableApplicationContext node, String job)
			throws Exception {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (true) {
			JsonNode progress = JSON.readTree(get(browser, node, job + "/progress").body());
			if (!progress.get("running").asBoolean() || System.nanoTime() > deadline) {
				return progress.get("state").asString();
			}
			Thread.sleep(100);
		}
	}

	@Test
	void anImportStartedOnOneNodeIsPreviewedAndSavedOnTheOtherAndHiddenFromOtherUsers() throws Exception {
		String text;
		try (InputStream in = new ClassPathResource("imports/seeds/002_e66e49748b60097d.txt").getInputStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		HttpClient lead = signIn(nodeA, "lead1");
		HttpResponse<String> started = post(lead, nodeA, "/imports", get(lead, nodeA, "/imports").body(),
				"text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
		assertThat(started.statusCode()).isEqualTo(302);
		String job = URI.create(started.headers().firstValue("Location").orElseThrow()).getPath();
		assertThat(job).startsWith("/imports/jobs/");

		assertThat(waitForImport(lead, nodeB, job)).isEqualTo("READY");
		HttpResponse<String> preview = get(lead, nodeB, job);
		assertThat(preview.body()).contains("读到 4 张表").contains("保存这 4 张表为草稿");
		assertThat(get(signIn(nodeB, "lead2"), nodeB, job).statusCode()).isEqualTo(404);

		assertThat(post(lead, nodeB, job + "/save", preview.body(), "").statusCode()).isEqualTo(302);
		assertThat(waitForImport(lead, nodeA, job)).isEqualTo("SAVED");
		assertThat(get(lead, nodeA, job).body()).contains("已保存 4 张表为草稿");
		assertThat(get(lead, nodeB, "/imports").body()).contains(job);
	}

	@Test
	void aTableTravelsTheReviewPathAlternatingBetweenTheNodes() throws Exception {
		String body;
		try (InputStream in = new ClassPathResource("fixtures/baojie.json").getInputStream()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		HttpResponse<String> created = api(nodeA, "lead1", "POST", "/api/v1/tables", body);
		assertThat(created.statusCode()).isEqualTo(201);
		long id = JSON.readTree(created.body()).get("id").asLong();

		assertThat(api(nodeB, "lead1", "POST", "/api/v1/tables/" + id + "/submit", null).statusCode()).isEqualTo(200);
		assertThat(status(nodeA, id)).isEqualTo("DEPT_REVIEW");
		assertThat(review(nodeA, "deptrev1", id, "{\"decision\":\"APPROVE\"}")).isEqualTo("FINANCE_REVIEW");
		assertThat(review(nodeB, "finance1", id, "{\"grade\":\"中\",\"comment\":\"请细化\"}")).isEqualTo("RETURNED");

		JsonNode table = JSON.readTree(api(nodeA, "lead1", "GET", "/api/v1/tables/" + id, null).body());
		ObjectNode edited = (ObjectNode) table.deepCopy();
		((ObjectNode) edited.get("indicators").get(5)).put("value", "<=1.20 万元");
		assertThat(api(nodeA, "lead1", "PUT", "/api/v1/tables/" + id, JSON.writeValueAsString(edited)).statusCode())
			.isEqualTo(200);
		assertThat(api(nodeB, "lead1", "POST", "/api/v1/tables/" + id + "/submit", null).statusCode()).isEqualTo(200);
		assertThat(review(nodeA, "deptrev1", id, "{\"decision\":\"APPROVE\"}")).isEqualTo("FINANCE_REVIEW");
		assertThat(review(nodeB, "finance1", id, "{\"grade\":\"优\"}")).isEqualTo("APPROVED");
		assertThat(api(nodeA, "finance1", "POST", "/api/v1/tables/" + id + "/publish", "{\"disclosure\":\"PUBLIC\"}")
			.statusCode()).isEqualTo(200);
		assertThat(status(nodeB, id)).isEqualTo("PUBLISHED");
		assertThat(JSON.readTree(api(nodeB, "lead1", "GET", "/api/v1/tables/" + id + "/versions", null).body()))
			.hasSize(2);
		assertThat(JSON.readTree(api(nodeA, "admin", "GET", "/api/v1/audit/verify", null).body()).get("valid")
			.asBoolean()).isTrue();
	}
}
