package io.jixiao.organizations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** User accounts. */
interface UserAccounts extends JpaRepository<UserAccount, Long> {

	@Query("select u from UserAccount u join fetch u.organization where u.username = ?1")
	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	@Query("select u from UserAccount u join fetch u.organization o where u.role = ?1 and o.id = ?2 and u.enabled = true order by u.username")
	List<UserAccount> findActive(Role role, long organizationId);

	@Query("select u from UserAccount u join fetch u.organization order by u.username")
	List<UserAccount> findAllWithOrganization();
}
