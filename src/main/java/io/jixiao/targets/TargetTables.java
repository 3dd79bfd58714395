package io.jixiao.targets;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Stored target tables. */
interface TargetTables extends JpaRepository<TargetTable, Long>, JpaSpecificationExecutor<TargetTable> {

	/** Last year's table of the same project in the same unit, for copying and 上年完成值. */
	@Query("select t from TargetTable t where t.unitId = ?1 and t.year = ?2 and t.projectName = ?3 order by t.id desc limit 1")
	Optional<TargetTable> findLatest(long unitId, int year, String projectName);
}
