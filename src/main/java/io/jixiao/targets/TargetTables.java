package io.jixiao.targets;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Stored target tables. */
interface TargetTables extends JpaRepository<TargetTable, Long>, JpaSpecificationExecutor<TargetTable> {
}
