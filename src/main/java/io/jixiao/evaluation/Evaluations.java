package io.jixiao.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stored self-evaluations; the queries that need the rows fetch-join them. */
interface Evaluations extends JpaRepository<Evaluation, Long> {

	@Query("select e from Evaluation e left join fetch e.rows where e.id = ?1")
	Optional<Evaluation> findWithRows(long id);

	Optional<Evaluation> findFirstByTableIdOrderByIdDesc(long tableId);

	/** Joins the caller's transaction, else reads in none (the task lists read without one). */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	List<Evaluation> findByIdIn(Collection<Long> ids);

	/** The ids of a table's evaluations in a status, newest first: one short statement for the public table page. */
	@Query("select e.id from Evaluation e where e.tableId = ?1 and e.status = ?2 order by e.id desc")
	List<Long> idsOfTable(long tableId, EvaluationStatus status);

	/** The tables a round already evaluates. */
	@Query("select e.tableId from Evaluation e where e.roundId = ?1")
	List<Long> tableIdsOfRound(long roundId);

	/**
	 * A round's evaluations counted per department, status, grade and review grade with their summed totals (unit's,
	 * or the reviewer's where one re-scored) and initial funds: the overview in one grouped statement, read from the
	 * index that holds every column it reads (V25) in the order it groups by.
	 */
	@Query("select e.departmentId, e.status, e.grade, e.reviewGrade, count(e), sum(coalesce(e.reviewScore, e.total)),"
			+ " count(coalesce(e.reviewScore, e.total)), sum(e.fiscalInitial + e.otherInitial) from Evaluation e"
			+ " where e.roundId = ?1 group by e.departmentId, e.status, e.grade, e.reviewGrade")
	List<Object[]> countByRound(long roundId);
}
