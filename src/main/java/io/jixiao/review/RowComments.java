package io.jixiao.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Comments pinned to indicator rows. */
interface RowComments extends JpaRepository<RowComment, Long> {

	List<RowComment> findByTableIdOrderById(long tableId);
}
