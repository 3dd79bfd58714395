package io.jixiao.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two chains: the JSON API (HTTP Basic or the browser session, JSON errors) and the pages (form login, CSRF).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	@Bean
	PasswordEncoder passwordEncoder(Clock clock) {
		return new RememberingPasswordEncoder(new BCryptPasswordEncoder(), clock);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, MessageSource messages, JsonMapper json) throws Exception {
		AuthenticationEntryPoint unauthorized = unauthorized(messages, json);
		AccessDeniedHandler denied = denied(messages, json);
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(denied))
			// HTTP Basic clients are stateless and need no CSRF token; a browser session still does (and a caller
			// with neither gets 401, not a CSRF refusal). A request refused for want of credentials is not kept for
			// after a sign-in: it would open a session (a database row) for every anonymous call.
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> !crossSite(request)
					&& (request.getHeader("Authorization") != null || request.getSession(false) == null)));
		return http.build();
	}

	/**
	 * A browser's request started by another site (Fetch Metadata). A browser that once answered the Basic prompt
	 * sends those credentials with such requests by itself, so they must not pass without a CSRF token.
	 */
	static boolean crossSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		return "cross-site".equals(site) || "same-site".equals(site);
	}

	/**
	 * Health for load balancers; info (it names the versions of the product and of Flowable) and metrics for
	 * administrators over HTTP Basic.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain operationsChain(HttpSecurity http, MessageSource messages, JsonMapper json) throws Exception {
		AuthenticationEntryPoint unauthorized = unauthorized(messages, json);
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/actuator/health/**").permitAll()
				.anyRequest().hasRole("ADMIN"))
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(denied(messages, json)))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain webChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/public/**")
				.permitAll()
				.requestMatchers("/admin/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			// back to the page asked for after signing in, under its own address: without the marker parameter
			// (?continue) Spring would otherwise leave in it
			.requestCache(cache -> cache.requestCache(withoutMarker()))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
				.failureHandler(signInFailure()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
								+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * The session keeps the page asked for before signing in; every request checks for it (a read of the session
	 * already loaded) instead of only those marked ?continue.
	 */
	private static HttpSessionRequestCache withoutMarker() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setMatchingRequestParameterName(null);
		return cache;
	}

	/**
	 * Back to the sign-in page saying why: locked, wrong credentials, or credentials that could not be checked (the
	 * database did not answer), which must not read as a wrong password.
	 */
	static AuthenticationFailureHandler signInFailure() {
		return (request, response, exception) -> response.sendRedirect(request.getContextPath()
				+ (exception instanceof LockedException ? "/login?locked"
						: exception instanceof InternalAuthenticationServiceException ? "/login?unavailable"
								: "/login?error"));
	}

	/**
	 * 401 as the contract's JSON in Chinese, with the Basic challenge (API and actuator alike); 503 when the credentials
	 * could not be checked at all (the database did not answer in time: seen under overload on the deadline day), so
	 * that a client is not told to sign in again with credentials that may well be right.
	 */
	static AuthenticationEntryPoint unauthorized(MessageSource messages, JsonMapper json) {
		return (request, response, e) -> {
			if (e instanceof InternalAuthenticationServiceException) {
				response.setHeader("Retry-After", "5");
				writeError(response, json, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "unavailable",
						messages.getMessage("error.internal", null, Locale.SIMPLIFIED_CHINESE));
				return;
			}
			response.setHeader("WWW-Authenticate", "Basic realm=\"jixiao\"");
			writeError(response, json, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
					messages.getMessage("error.unauthorized", null, Locale.SIMPLIFIED_CHINESE));
		};
	}

	private static AccessDeniedHandler denied(MessageSource messages, JsonMapper json) {
		return (request, response, e) -> writeError(response, json, HttpServletResponse.SC_FORBIDDEN, "forbidden",
				messages.getMessage("error.forbidden", null, Locale.SIMPLIFIED_CHINESE));
	}

	/**
	 * A request the firewall refuses (an encoded dot segment, a semicolon, ...): 400 as the contract's JSON on the
	 * API, the Chinese error page elsewhere.
	 */
	@Bean
	RequestRejectedHandler requestRejected(MessageSource messages, JsonMapper json) {
		return (request, response, e) -> {
			if (UnmappedRequests.isApi(request)) {
				writeError(response, json, HttpServletResponse.SC_BAD_REQUEST, "bad_request",
						messages.getMessage("error.rejected", null, Locale.SIMPLIFIED_CHINESE));
			}
			else {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			}
		};
	}

	private static void writeError(HttpServletResponse response, JsonMapper json, int status, String code,
			String message) throws java.io.IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		json.writeValue(response.getOutputStream(), new ApiError(code, message));
	}
}
