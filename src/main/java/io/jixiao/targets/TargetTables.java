package io.jixiao.targets;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stored target tables. */
interface TargetTables extends JpaRepository<TargetTable, Long>, JpaSpecificationExecutor<TargetTable> {

	/**
	 * A table with its indicator rows, in one query. A fetch join rather than an entity graph: Hibernate caches the
	 * SQL of this query, while a query with an entity graph is translated again on every call.
	 */
	@Query("select t from TargetTable t left join fetch t.indicators where t.id = ?1")
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // one query: no transaction of its own
	Optional<TargetTable> findWithRows(long id);

	/** Redeclared from the repository for its transaction: one query needs none of its own, as {@link #findWithRows}. */
	@Override
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	List<TargetTable> findAllById(Iterable<Long> ids);

	@Query("select max(t.year) from TargetTable t where t.status = ?1")
	Integer latestYear(TableStatus status);

	@Query("select max(t.year) from TargetTable t where t.status = ?1 and t.unitId in ?2")
	Integer latestYear(TableStatus status, java.util.Collection<Long> unitIds);

	/** Id and live status (an open adjustment's progress, else the table's own) of the next tables by id. */
	@Query("select new io.jixiao.targets.TableState(t.id, coalesce(t.adjustmentStatus, t.status)) from TargetTable t"
			+ " where t.id > ?1 order by t.id")
	List<TableState> statesAfter(long afterId, Pageable page);
}
