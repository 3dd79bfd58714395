package io.jixiao.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored self-evaluation rounds. */
interface EvaluationRounds extends JpaRepository<EvaluationRound, Long> {

	boolean existsByYear(int year);
}
