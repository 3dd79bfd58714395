package io.jixiao.organizations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Finance sections, and which departments and reviewers belong to each (columns of their own rows). */
interface FinanceSections extends JpaRepository<FinanceSection, Long> {

	Optional<FinanceSection> findByName(String name);

	@Query("select s from FinanceSection s order by s.id")
	List<FinanceSection> findAllOrdered();

	@Query("select o.sectionId, o.id from Organization o where o.sectionId is not null order by o.name")
	List<Object[]> departmentsBySection();

	@Query("select u.sectionId, u.id from UserAccount u where u.sectionId is not null order by u.username")
	List<Object[]> membersBySection();

	@Query("select s.id, s.name from FinanceSection s join UserAccount u on u.sectionId = s.id where u.id = ?1")
	List<Object[]> sectionOfUser(long userId);

	@Query("select u.id from UserAccount u where u.sectionId = ?1 and u.role = ?2 and u.enabled = true")
	List<Long> activeMembers(long sectionId, Role role);

	@Modifying
	@Query("update Organization o set o.sectionId = null where o.sectionId = ?1")
	void releaseDepartments(long sectionId);

	@Modifying
	@Query("update Organization o set o.sectionId = ?1 where o.id in ?2")
	void manage(long sectionId, Collection<Long> departmentIds);

	@Modifying
	@Query("update UserAccount u set u.sectionId = null where u.sectionId = ?1")
	void releaseMembers(long sectionId);

	@Modifying
	@Query("update UserAccount u set u.sectionId = ?1 where u.id in ?2")
	void join(long sectionId, Collection<Long> userIds);
}
