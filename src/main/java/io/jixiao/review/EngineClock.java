package io.jixiao.review;

import java.time.Clock;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flowable reads time from the product's clock, so task creation times, due dates and ages agree (and tests can
 * move time for all of them at once).
 */
@Configuration(proxyBeanMethods = false)
class EngineClock {

	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> productClockForFlowable(Clock clock) {
		return configuration -> configuration.setClock(new Adapter(clock));
	}

	/** The engine's clock interface over java.time.Clock; the engine's own setters are not used. */
	static final class Adapter implements org.flowable.common.engine.impl.runtime.Clock {

		private final Clock clock;

		Adapter(Clock clock) {
			this.clock = clock;
		}

		@Override
		public Date getCurrentTime() {
			return Date.from(clock.instant());
		}

		@Override
		public Calendar getCurrentCalendar() {
			return getCurrentCalendar(getCurrentTimeZone());
		}

		@Override
		public Calendar getCurrentCalendar(TimeZone zone) {
			Calendar calendar = Calendar.getInstance(zone);
			calendar.setTime(getCurrentTime());
			return calendar;
		}

		@Override
		public TimeZone getCurrentTimeZone() {
			return TimeZone.getTimeZone(clock.getZone());
		}

		@Override
		public void setCurrentTime(Date time) {
			throw new IllegalStateException("time comes from the product's Clock bean");
		}

		@Override
		public void setCurrentCalendar(Calendar calendar) {
			throw new IllegalStateException("time comes from the product's Clock bean");
		}

		@Override
		public void reset() {
			// nothing to reset: the product's clock is the only source of time
		}
	}
}
