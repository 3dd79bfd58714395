package io.jixiao.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.ProductTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the address bar and the request line get: a query parameter of the wrong form is a Chinese 400 (page or
 * JSON) naming it, a path naming nothing stays 404, the favicon is served to anybody, and after signing in the
 * address is the page asked for, without Spring's ?continue marker.
 */
@ProductTest
class RequestAddressesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@LocalServerPort
	int port;

	@Test
	void queryParameterOfTheWrongFormIsABadRequestNamingIt() throws Exception {
		mvc.perform(get("/tables").param("page", "abc").with(user(accounts.loadUserByUsername("lead1"))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("请求有误")))
			.andExpect(content().string(Matchers.containsString("参数「page」的值「abc」格式不对")));
		mvc.perform(get("/api/v1/tables").param("page", "abc").with(httpBasic("lead1", "demo12345")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("bad_request"))
			.andExpect(jsonPath("$.message").value("参数「page」的值「abc」格式不对，请检查后重试。"));
		mvc.perform(get("/tables/abc").with(user(accounts.loadUserByUsername("lead1")))).andExpect(status().isNotFound());
		// a word where an id belongs names nothing, in the API as on pages (GET /api/v1/monitoring/rounds once read
		// 「rounds」 as a report id and answered 400 「请求内容无法识别」)
		mvc.perform(get("/api/v1/tables/abc").with(httpBasic("lead1", "demo12345"))).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("not_found"));
		mvc.perform(get("/api/v1/monitoring/rounds").with(httpBasic("finance1", "demo12345")))
			.andExpect(status().isNotFound());
	}

	@Test
	void faviconIsServedWithoutSigningIn() throws Exception {
		byte[] icon = mvc.perform(get("/favicon.ico")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(icon).startsWith(0, 0, 1, 0);
	}

	@Test
	void signingInReturnsToTheAskedPageWithoutContinueMarker() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String base = "http://localhost:" + port;
		HttpResponse<String> asked = client.send(HttpRequest.newBuilder(URI.create(base + "/tasks/done")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(asked.statusCode()).isEqualTo(302);

		String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(token.find()).isTrue();
		String form = "username=Lead1&password=demo12345&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(signedIn.headers().firstValue("Location")).hasValue(base + "/tasks/done");
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/tasks/done")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
	}
}
