package io.jixiao.organizations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The organization tree. */
interface Organizations extends JpaRepository<Organization, Long> {

	Optional<Organization> findByName(String name);

	/** An organization with its parent (a unit's department is needed almost every time a unit is). */
	@Query("select o from Organization o left join fetch o.parent where o.id = ?1")
	Optional<Organization> findWithParent(long id);

	@Query("select o from Organization o left join fetch o.parent where o.id in ?1")
	List<Organization> findWithParents(java.util.Collection<Long> ids);

	@Query("select o.id from Organization o where o.parent.id = ?1")
	List<Long> findChildIds(Long parentId);

	@Query("select o from Organization o left join fetch o.parent order by o.kind, o.name")
	List<Organization> findAllOrdered();

	/** Each department with the id and name of the finance section managing it (nulls where none does). */
	@Query("select o, s.id, s.name from Organization o left join FinanceSection s on s.id = o.sectionId"
			+ " where o.kind = io.jixiao.organizations.OrganizationKind.DEPARTMENT order by o.name")
	List<Object[]> findDepartmentsWithSections();
}
