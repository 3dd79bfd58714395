package io.jixiao.organizations;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
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
 * Failed sign-ins per client address over the last minute: an address with too many (guessing across user names) is
 * answered like a locked account until its oldest counted failure is a minute old. A sliding minute, so a burst
 * across the turn of a clock minute counts whole. Kept in this node's memory: behind a load balancer each node allows
 * the limit, which still bounds the guesses per address to nodes × limit a minute.
 */
@Component
class AddressThrottle {

	/** Addresses remembered at most; beyond, those without a failure in the last minute are forgotten first. */
	private static final int MAX_ADDRESSES = 10_000;

	private static final long MINUTE = 60_000;

	/** Per address the moments (epoch milliseconds) of its latest failures, at most the limit of them, oldest first. */
	private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
	private final Clock clock;
	private final int maxPerMinute;

	AddressThrottle(Clock clock, @Value("${app.login.max-failures-per-address:30}") int maxPerMinute) {
		this.clock = clock;
		this.maxPerMinute = maxPerMinute;
	}

	/** Whether the client of the current request failed too often in the last minute. */
	boolean throttled() {
		String address = currentAddress();
		Deque<Long> times = address == null ? null : failures.get(address);
		if (times == null) {
			return false;
		}
		synchronized (times) {
			return recent(times, clock.millis()) >= maxPerMinute;
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		if (!(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
				|| details.getRemoteAddress() == null) {
			return;
		}
		long now = clock.millis();
		if (failures.size() >= MAX_ADDRESSES) {
			failures.values().removeIf(times -> {
				synchronized (times) {
					return recent(times, now) == 0;
				}
			});
		}
		Deque<Long> times = failures.computeIfAbsent(details.getRemoteAddress(), address -> new ArrayDeque<>());
		synchronized (times) {
			times.addLast(now);
			if (recent(times, now) > maxPerMinute) {
				times.removeFirst();
			}
		}
	}

	/** Forgets the failures older than a minute; how many are left. */
	private static int recent(Deque<Long> times, long now) {
		while (!times.isEmpty() && times.peekFirst() <= now - MINUTE) {
			times.removeFirst();
		}
		return times.size();
	}

	private static String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
