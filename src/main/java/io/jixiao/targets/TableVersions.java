package io.jixiao.targets;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Submitted versions of tables. */
interface TableVersions extends JpaRepository<TableVersion, Long> {

	List<TableVersion> findByTableIdOrderByNumber(long tableId);

	Optional<TableVersion> findByTableIdAndNumber(long tableId, int number);

	long countByTableId(long tableId);

	List<TableVersion> findByTableIdIn(java.util.Collection<Long> tableIds);
}
