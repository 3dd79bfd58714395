package io.jixiao.organizations;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Failed sign-ins per client address and minute: an address with too many (guessing across user names) is answered
 * like a locked account until the minute is over. Counted in this node's memory: behind a load balancer each node
 * allows the limit, which still bounds the guesses per address to nodes × limit a minute.
 */
@Component
class AddressThrottle {

	/** Addresses remembered at most; beyond, the finished minutes are forgotten first. */
	private static final int MAX_ADDRESSES = 10_000;

	private final Map<String, Window> failures = new ConcurrentHashMap<>();
	private final Clock clock;
	private final int maxPerMinute;

	AddressThrottle(Clock clock, @Value("${app.login.max-failures-per-address:30}") int maxPerMinute) {
		this.clock = clock;
		this.maxPerMinute = maxPerMinute;
	}

	/** Whether the client of the current request failed too often this minute. */
	boolean throttled() {
		String address = currentAddress();
		Window window = address == null ? null : failures.get(address);
		return window != null && window.minute == minute() && window.count >= maxPerMinute;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		if (!(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
				|| details.getRemoteAddress() == null) {
			return;
		}
		long minute = minute();
		if (failures.size() >= MAX_ADDRESSES) {
			failures.values().removeIf(window -> window.minute != minute);
		}
		failures.compute(details.getRemoteAddress(), (address, window) -> window == null || window.minute != minute
				? new Window(minute, 1) : new Window(minute, window.count + 1));
	}

	private long minute() {
		return clock.millis() / 60_000;
	}

	private static String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private record Window(long minute, int count) {
	}
}
