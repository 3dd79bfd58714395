package io.jixiao.system;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two chains: the JSON API (HTTP Basic or the browser session, JSON errors) and the pages (form login, CSRF).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, MessageSource messages, JsonMapper json) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, e) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"jixiao\"");
			writeError(response, json, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
					messages.getMessage("error.unauthorized", null, Locale.SIMPLIFIED_CHINESE));
		};
		AccessDeniedHandler denied = (request, response, e) -> writeError(response, json,
				HttpServletResponse.SC_FORBIDDEN, "forbidden",
				messages.getMessage("error.forbidden", null, Locale.SIMPLIFIED_CHINESE));
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(denied))
			// HTTP Basic clients are stateless and need no CSRF token; a browser session still does.
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			// A request without any session cannot ride on one: it is answered 401, not refused for its CSRF token.
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null
					|| request.getRequestedSessionId() == null));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/public/**")
				.permitAll()
				.requestMatchers("/admin/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")));
		return http.build();
	}

	private static void writeError(HttpServletResponse response, JsonMapper json, int status, String code,
			String message) throws java.io.IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		json.writeValue(response.getOutputStream(), new ApiError(code, message));
	}
}
