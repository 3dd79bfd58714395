package io.jixiao.imports;

import io.jixiao.organizations.Account;
import io.jixiao.system.ApiError;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Admits an upload ({@code POST /api/v1/import}, {@code POST /imports}) before anything reads its body or checks a
 * password: at most {@code app.imports.uploads-per-user-minute} a minute for one user and
 * {@code app.imports.uploads-per-node-minute} for the node. Beyond, 429 naming the limit, with {@code Retry-After},
 * answered after a short pause ({@code app.imports.refusal-pause}, without holding a thread) and without reading the
 * body: a client that retries at once (HostileUploadBenchmark) no longer makes the node hash an HTTP Basic password,
 * receive and parse 2 MB and count a workbook's strings each time, nor spin on quick refusals. {@link ImportSlots}
 * still bounds the imports running at once. It runs before Spring Security, so a refusal costs no BCrypt: the user is
 * the session's signed-in user, or for HTTP Basic the name claimed together with the client's address (not verified
 * yet: a stranger claiming a lead's name uses up only the budget of the stranger's own address).
 */
@Component
class UploadAdmission {

	/** The window the limits count in. */
	static final Duration WINDOW = Duration.ofMinutes(1);

	private final int perUser;
	private final int perNode;
	private final Duration pause;
	private final Clock clock;
	private final MessageSource messages;
	private final JsonMapper json;
	/** When each upload admitted within the window arrived, per user and for the node. */
	private final Map<String, Deque<Long>> admitted = new HashMap<>();
	private final Deque<Long> node = new ArrayDeque<>();
	// refusals are answered after the pause from here, not from a request thread that would wait meanwhile
	private final ScheduledExecutorService pauses = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "upload-refusals");
		thread.setDaemon(true);
		return thread;
	});

	UploadAdmission(@Value("${app.imports.uploads-per-user-minute:6}") int perUser,
			@Value("${app.imports.uploads-per-node-minute:30}") int perNode,
			@Value("${app.imports.refusal-pause:PT1S}") Duration pause, Clock clock, MessageSource messages,
			JsonMapper json) {
		this.perUser = perUser;
		this.perNode = perNode;
		this.pause = pause;
		this.clock = clock;
		this.messages = messages;
		this.json = json;
	}

	/** Why an upload was refused: the message code, the limit and the seconds until one is admitted again. */
	record Refusal(String code, int limit, long retryAfterSeconds) {
	}

	/** Counts the upload of {@code who} in, or says why not (null: admitted). */
	synchronized Refusal admit(String who) {
		long now = clock.millis();
		long since = now - WINDOW.toMillis();
		expire(node, since);
		admitted.values().forEach(times -> expire(times, since));
		// the map holds only the users admitted within the window: at most the node's limit
		admitted.values().removeIf(Deque::isEmpty);
		Deque<Long> mine = admitted.computeIfAbsent(who, key -> new ArrayDeque<>());
		if (mine.size() >= perUser) {
			return new Refusal("imports.admission.user", perUser, retryAfter(mine, now));
		}
		if (node.size() >= perNode) {
			admitted.values().removeIf(Deque::isEmpty);
			return new Refusal("imports.admission.node", perNode, retryAfter(node, now));
		}
		mine.addLast(now);
		node.addLast(now);
		return null;
	}

	private static void expire(Deque<Long> times, long since) {
		while (!times.isEmpty() && times.peekFirst() <= since) {
			times.removeFirst();
		}
	}

	private static long retryAfter(Deque<Long> times, long now) {
		long millis = times.peekFirst() + WINDOW.toMillis() - now;
		return Math.max(1, (millis + 999) / 1000);
	}

	/** Who uploads, as far as is known before security runs; null for nobody signed in (security refuses it). */
	static String uploader(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
				int colon = pair.indexOf(':');
				return "basic:" + (colon < 0 ? pair : pair.substring(0, colon)).toLowerCase(Locale.ROOT) + "@"
						+ request.getRemoteAddr();
			}
			catch (IllegalArgumentException e) {
				return null;
			}
		}
		HttpSession session = request.getSession(false);
		Object context = session == null ? null
				: session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		Authentication user = context instanceof SecurityContext security ? security.getAuthentication() : null;
		return user != null && user.getPrincipal() instanceof Account account ? "user:" + account.id() : null;
	}

	static boolean isUpload(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return "POST".equals(request.getMethod()) && (path.equals("/api/v1/import") || path.equals("/imports"));
	}

	/** The refusal as the API's JSON or as a page, answered after the pause; the body is never read. */
	void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
		String message = messages.getMessage(refusal.code(),
				new Object[] { refusal.limit(), refusal.retryAfterSeconds() }, Locale.SIMPLIFIED_CHINESE);
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		if (pause.isZero() || !request.isAsyncSupported()) {
			write(response, refusal, message, api);
			return;
		}
		AsyncContext async = request.startAsync();
		async.setTimeout(pause.toMillis() + 30_000);
		pauses.schedule(() -> {
			try {
				write((HttpServletResponse) async.getResponse(), refusal, message, api);
			}
			catch (IOException | IllegalStateException e) {
				// the client went away meanwhile
			}
			finally {
				async.complete();
			}
		}, pause.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void write(HttpServletResponse response, Refusal refusal, String message, boolean api) throws IOException {
		response.setStatus(429);
		response.setHeader("Retry-After", String.valueOf(refusal.retryAfterSeconds()));
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (api) {
			response.setContentType("application/json");
			response.getWriter().write(json.writeValueAsString(new ApiError("too_many_requests", message)));
			return;
		}
		response.setContentType("text/html");
		response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; object-src 'none';"
				+ " base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
		response.getWriter().write(page(message));
	}

	private String page(String message) {
		String title = text("imports.admission.title");
		return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\""
				+ " content=\"width=device-width, initial-scale=1\"><title>" + title + " · " + text("app.name")
				+ "</title><link rel=\"stylesheet\" href=\"/webjars/bootstrap/5.3.8/css/bootstrap.min.css\">"
				+ "<link rel=\"stylesheet\" href=\"/css/app.css\"></head>"
				+ "<body><main class=\"container py-4\"><h1 class=\"h4\">" + title + "</h1><p class=\"alert"
				+ " alert-warning\">" + HtmlUtils.htmlEscape(message) + "</p><p><a class=\"btn btn-outline-primary\""
				+ " href=\"/imports\">" + text("imports.admission.back") + "</a></p></main></body></html>";
	}

	private String text(String code) {
		return HtmlUtils.htmlEscape(messages.getMessage(code, null, Locale.SIMPLIFIED_CHINESE));
	}

	@PreDestroy
	void stop() {
		pauses.shutdownNow();
	}

	/** The filter, between the session (read first) and Spring Security (not reached by a refusal). */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Registration {

		@org.springframework.context.annotation.Bean
		FilterRegistrationBean<OncePerRequestFilter> uploadAdmissionFilter(UploadAdmission admission) {
			FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
					new OncePerRequestFilter() {
						@Override
						protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
								FilterChain chain) throws ServletException, IOException {
							String who = isUpload(request) ? uploader(request) : null;
							UploadAdmission.Refusal refusal = who == null ? null : admission.admit(who);
							if (refusal == null) {
								chain.doFilter(request, response);
							}
							else {
								admission.refuse(request, response, refusal);
							}
						}
					});
			registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
			registration.setAsyncSupported(true);
			return registration;
		}
	}
}
