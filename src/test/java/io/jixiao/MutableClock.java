package io.jixiao;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the tests move by hand; the product and Flowable both read it. */
public class MutableClock extends Clock {

	/** Monday 2026-11-23 09:00 in Beijing, where the tests of due dates and reminders start. */
	public static final Instant MONDAY = Instant.parse("2026-11-23T01:00:00Z");

	/** The product's clock in a test context ({@code @Import}ed), starting {@link #MONDAY}. */
	@TestConfiguration
	public static class FromMonday {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(MONDAY, ZoneId.of("Asia/Shanghai"));
		}
	}

	private final AtomicReference<Instant> now;
	private final ZoneId zone;

	public MutableClock(Instant start, ZoneId zone) {
		this.now = new AtomicReference<>(start);
		this.zone = zone;
	}

	public void advance(Duration duration) {
		now.updateAndGet(instant -> instant.plus(duration));
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return new MutableClock(now.get(), other);
	}

	@Override
	public Instant instant() {
		return now.get();
	}
}
