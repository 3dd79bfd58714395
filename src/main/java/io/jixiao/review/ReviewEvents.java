package io.jixiao.review;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The review steps of all tables. */
interface ReviewEvents extends JpaRepository<ReviewEvent, Long> {

	List<ReviewEvent> findByTableIdOrderById(long tableId);

	List<ReviewEvent> findByActorIdOrderByIdDesc(long actorId, Pageable page);
}
