package io.jixiao.organizations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The organization tree. */
interface Organizations extends JpaRepository<Organization, Long> {

	Optional<Organization> findByName(String name);

	@Query("select o.id from Organization o where o.parent.id = ?1")
	List<Long> findChildIds(Long parentId);

	@Query("select o from Organization o left join fetch o.parent order by o.kind, o.name")
	List<Organization> findAllOrdered();
}
