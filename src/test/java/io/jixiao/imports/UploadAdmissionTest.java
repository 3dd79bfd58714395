package io.jixiao.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Uploads are admitted per user and per node before their body is read or their password checked: over a real Tomcat
 * (the refusal must come while the client is still sending), with limits of 2 a minute per user and 3 per node, a
 * clock the test moves past each minute, and a short pause before each refusal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
		"spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}admission${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true", "app.imports.uploads-per-user-minute=2", "app.imports.uploads-per-node-minute=3",
		"app.imports.refusal-pause=PT0.2S", "flowable.async-executor-activate=false" })
@Import(MutableClock.FromMonday.class)
class UploadAdmissionTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void nextMinute() {
		// every upload of an earlier test is out of the window
		clock.advance(Duration.ofMinutes(2));
	}

	private HttpResponse<String> apiUpload(String user, String password) throws Exception {
		String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/v1/import?dryRun=true")))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "text/plain;charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString("项目名称：准入测试"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	@Test
	void aUsersThirdUploadInAMinuteIsRefusedNamingTheLimitAndAdmittedAgainAMinuteLater() throws Exception {
		assertThat(apiUpload("lead1", "demo12345").statusCode()).isEqualTo(200);
		assertThat(apiUpload("lead1", "demo12345").statusCode()).isEqualTo(200);
		HttpResponse<String> refused = apiUpload("LEAD1", "demo12345");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("\"error\":\"too_many_requests\"", "每分钟最多上传 2 次");
		assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
				seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
		// refused before the password is checked: a wrong one is refused the same way, not 401
		assertThat(apiUpload("lead1", "wrong-password").statusCode()).isEqualTo(429);

		clock.advance(Duration.ofSeconds(61));
		assertThat(apiUpload("lead1", "demo12345").statusCode()).isEqualTo(200);
	}

	@Test
	void theNodesLimitCountsEveryUsersUploads() throws Exception {
		assertThat(apiUpload("lead1", "demo12345").statusCode()).isEqualTo(200);
		assertThat(apiUpload("lead1", "demo12345").statusCode()).isEqualTo(200);
		assertThat(apiUpload("lead2", "demo12345").statusCode()).isEqualTo(200);
		HttpResponse<String> refused = apiUpload("lead2", "demo12345");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("本服务器每分钟最多接收 3 次导入上传");
	}

	@Test
	void aRefusalComesBeforeTheBodyIsRead() throws Exception {
		apiUpload("lead2", "demo12345");
		apiUpload("lead2", "demo12345");
		String basic = Base64.getEncoder().encodeToString("lead2:demo12345".getBytes(StandardCharsets.UTF_8));
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			// 5 MB announced, 100 bytes sent: an answer now means nobody waited for the rest
			out.write(("POST /api/v1/import?dryRun=true HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + basic
					+ "\r\nContent-Type: text/plain\r\nContent-Length: 5000000\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			out.write(new byte[100]);
			out.flush();
			assertThat(statusLine(socket.getInputStream())).isEqualTo("HTTP/1.1 429 ");
		}
	}

	private static String statusLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != -1 && b != '\r'; b = in.read()) {
			line.write(b);
		}
		return line.toString(StandardCharsets.UTF_8);
	}

	@Test
	void theImportPagesUploadsCountForTheSignedInUserAndARefusalIsAChinesePage() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String login = "username=lead1&password=demo12345&_csrf=" + csrf(browser, "/login");
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(url("/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(login)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

		assertThat(pageUpload(browser).statusCode()).isEqualTo(302);
		assertThat(pageUpload(browser).statusCode()).isEqualTo(302);
		HttpResponse<String> refused = pageUpload(browser);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(refused.body()).contains("请稍后再试", "每分钟最多上传 2 次", "href=\"/imports\"").doesNotContain("<script");
	}

	private HttpResponse<String> pageUpload(HttpClient browser) throws Exception {
		String boundary = "----admission" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
				+ csrf(browser, "/imports") + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n项目名称：准入测试\r\n--" + boundary + "--\r\n";
		return browser.send(HttpRequest.newBuilder(URI.create(url("/imports")))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private String csrf(HttpClient client, String path) throws Exception {
		Matcher token = CSRF.matcher(client.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		assertThat(token.find()).as("CSRF token on " + path).isTrue();
		return token.group(1);
	}
}
