package io.jixiao;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the tests move by hand; the product and Flowable both read it. */
public class MutableClock extends Clock {

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
