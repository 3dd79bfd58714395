package io.jixiao.organizations;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** User accounts. */
interface UserAccounts extends JpaRepository<UserAccount, Long> {

	boolean existsByUsernameKey(String usernameKey);

	java.util.Optional<UserAccount> findByUsernameKey(String usernameKey);

	@Query("select u from UserAccount u join fetch u.organization o where u.role = ?1 and o.id = ?2 and u.enabled = true order by u.username")
	List<UserAccount> findActive(Role role, long organizationId);

	@Query("select u.email from UserAccount u where u.id in ?1 and u.enabled = true and u.email is not null")
	List<String> findEmails(java.util.Collection<Long> ids);

	@Query("select u.email from UserAccount u where u.role = ?1 and (?2 is null or u.organization.id = ?2)"
			+ " and u.enabled = true and u.email is not null")
	List<String> findEmailsOfRole(Role role, Long organizationId);

	@Query("select u from UserAccount u join fetch u.organization order by u.username")
	List<UserAccount> findAllWithOrganization();
}
