package io.jixiao.targets;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitted versions of tables. The queries that need the rows fetch-join them (one query, and Hibernate keeps the
 * translated SQL, which it does not for a query with an entity graph).
 */
interface TableVersions extends JpaRepository<TableVersion, Long> {

	List<TableVersion> findByTableIdOrderByNumber(long tableId);

	/** The given versions of a table with their rows. */
	@Query("select v from TableVersion v left join fetch v.indicators where v.tableId = ?1 and v.number in ?2")
	List<TableVersion> findWithRows(long tableId, Collection<Integer> numbers);

	/**
	 * The approved version of each given table with its rows. The ids filter the versions themselves, so that the
	 * database starts from their index (filtering only the tables' ids, H2 read every version: 1.2 s a public table
	 * at 100,000 tables).
	 */
	@Query("select v from TableVersion v left join fetch v.indicators join TargetTable t on t.id = v.tableId"
			+ " where v.tableId in ?1 and v.number = t.approvedVersion")
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // one query: no transaction of its own
	List<TableVersion> findApprovedWithRows(Collection<Long> tableIds);

	/**
	 * The approved versions of the published tables of a year (of every year when null) with their rows, of one
	 * disclosure (either when null).
	 */
	@Query("select v from TableVersion v left join fetch v.indicators join TargetTable t on t.id = v.tableId"
			+ " where v.number = t.approvedVersion and t.status = io.jixiao.targets.TableStatus.PUBLISHED"
			+ " and (?1 is null or t.year = ?1) and (?2 is null or t.disclosure = ?2)")
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // one query: no transaction of its own
	List<TableVersion> findPublishedWithRows(Integer year, Disclosure disclosure);
}
