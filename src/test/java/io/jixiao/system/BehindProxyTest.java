package io.jixiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.ProductTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The product behind a load balancer that ends TLS (wapiti's finding: no HSTS, no Secure flag on the session cookie).
 * A real Tomcat, since the forwarded headers are read by Tomcat itself: the product believes X-Forwarded-Proto and
 * X-Forwarded-For from an internal proxy (here the loopback address), so behind TLS it asks browsers for HTTPS only,
 * marks the session cookie Secure and records the client's own address in the audit trail.
 */
@ProductTest
class BehindProxyTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	String base() {
		return "http://127.0.0.1:" + port;
	}

	HttpResponse<String> get(HttpClient client, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String sessionCookie(HttpResponse<String> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream().filter(cookie -> cookie.startsWith("SESSION=")).findFirst().orElse("");
	}

	@Test
	void overTlsAtTheProxyPagesAskForHttpsAndTheSessionCookieIsSecure() throws Exception {
		HttpClient client = HttpClient.newHttpClient();

		HttpResponse<String> plain = get(client, "/login");
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(sessionCookie(plain)).isNotEmpty().doesNotContainIgnoringCase("secure");

		HttpResponse<String> proxied = get(client, "/login", "X-Forwarded-Proto", "https");
		assertThat(proxied.statusCode()).isEqualTo(200);
		assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age="));
		assertThat(sessionCookie(proxied)).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
	}

	@Test
	void theAuditTrailRecordsTheClientBehindTheProxy() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(browser, "/login").body());
		assertThat(csrf.find()).isTrue();
		String form = "username=proxy-test&password=wrong&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> failed = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", "203.0.113.9")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(failed.headers().firstValue("Location").orElse("")).endsWith("/login?error");

		assertThat(jdbc.queryForList(
				"select client_address from audit_events where action = 'LOGIN_FAILED' and actor_name = 'proxy-test'",
				String.class)).containsExactly("203.0.113.9");
	}
}
