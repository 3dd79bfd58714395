package io.jixiao.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Puts the signed-in user into every log line of a request ({@code [user=lead1]}), after security ran. */
@Configuration(proxyBeanMethods = false)
class UserLogging {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> userLoggingFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Authentication user = SecurityContextHolder.getContext().getAuthentication();
				if (user != null && user.isAuthenticated()) {
					MDC.put("user", user.getName());
				}
				try {
					chain.doFilter(request, response);
				}
				finally {
					MDC.remove("user");
				}
			}
		});
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}
}
