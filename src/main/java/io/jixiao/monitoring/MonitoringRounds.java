package io.jixiao.monitoring;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored monitoring rounds. */
interface MonitoringRounds extends JpaRepository<MonitoringRound, Long> {

	boolean existsByYearAndPeriod(int year, String period);
}
