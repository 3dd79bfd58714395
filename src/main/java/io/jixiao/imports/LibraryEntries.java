package io.jixiao.imports;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The indicator library. */
interface LibraryEntries extends JpaRepository<LibraryEntry, Long> {

	/** Rows of a unit's imports under a level 2 (any when blank) whose name contains the text, newest first. */
	@Query("""
			select e from LibraryEntry e
			where e.unitId = :unit
			  and (:level2 = '' or e.level2 = :level2)
			  and lower(e.name) like :pattern
			order by e.id desc""")
	List<LibraryEntry> offered(@Param("unit") long unit, @Param("level2") String level2,
			@Param("pattern") String pattern, Pageable page);
}
