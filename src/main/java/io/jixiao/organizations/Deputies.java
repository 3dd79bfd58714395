package io.jixiao.organizations;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Deputies named by reviewers. */
interface Deputies extends JpaRepository<Deputy, Long> {

	List<Deputy> findByUserIdOrderByFromDate(long userId);

	/** The absent reviewers (id, section) this user stands in for on the given day, in one statement. */
	@Query("select u.id, u.sectionId from Deputy d join UserAccount u on u.id = d.userId"
			+ " where d.deputyId = ?1 and d.fromDate <= ?2 and d.toDate >= ?2 and u.enabled = true")
	List<Object[]> absentOn(long deputyId, LocalDate day);
}
