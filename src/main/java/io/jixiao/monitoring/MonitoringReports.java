package io.jixiao.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored monitoring reports; the queries that need the rows fetch-join them. */
interface MonitoringReports extends JpaRepository<MonitoringReport, Long> {

	@Query("select r from MonitoringReport r left join fetch r.rows where r.id = ?1")
	Optional<MonitoringReport> findWithRows(long id);

	List<MonitoringReport> findByTableIdOrderById(long tableId);

	List<MonitoringReport> findByIdIn(java.util.Collection<Long> ids);

	/** The tables a round already monitors. */
	@Query("select r.tableId from MonitoringReport r where r.roundId = ?1")
	List<Long> tableIdsOfRound(long roundId);

	/** A round's reports counted per department, status and light: the overview in one grouped statement. */
	@Query("select r.departmentId, r.status, r.light, count(r) from MonitoringReport r where r.roundId = ?1"
			+ " group by r.departmentId, r.status, r.light")
	List<Object[]> countByRound(long roundId);
}
