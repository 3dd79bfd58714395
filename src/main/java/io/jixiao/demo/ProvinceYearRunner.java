package io.jixiao.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --app.generate.tables=N} (with {@code app.generate.year} and {@code app.generate.seed}): adds a
 * province-year of N generated tables at start-up, after the demo data, then serves as usual.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "app.generate.tables")
class ProvinceYearRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProvinceYearRunner.class);

	private final ProvinceYear generator;
	private final int tables;
	private final int year;
	private final long seed;

	ProvinceYearRunner(ProvinceYear generator, @Value("${app.generate.tables}") int tables,
			@Value("${app.generate.year:2026}") int year, @Value("${app.generate.seed:1}") long seed) {
		this.generator = generator;
		this.tables = tables;
		this.year = year;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) {
		log.info("generating {} tables of {} (seed {})", tables, year, seed);
		ProvinceYear.Result result = generator.generate(tables, year, seed);
		double seconds = result.took().toMillis() / 1000.0;
		log.info("GENERATED {} tables, {} indicators, {} running processes, {} monitoring reports, {} self-evaluations"
				+ " in {} s ({} tables/s); this run: {}; database now: {}", result.tables(), result.indicators(),
				result.processes(), result.reports(), result.evaluations(), seconds,
				Math.round(result.tables() / Math.max(seconds, 0.001)), result.perStatus(), generator.countsByStatus());
	}
}
