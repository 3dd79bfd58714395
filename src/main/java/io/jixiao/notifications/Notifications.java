package io.jixiao.notifications;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Stored notifications. */
interface Notifications extends JpaRepository<Notification, Long> {

	long countByUserIdAndReadAtIsNull(long userId);

	List<Notification> findByUserIdOrderByIdDesc(long userId, Pageable page);

	@Modifying
	@Query(value = "insert into notifications (user_id, created_at, kind, table_id, message) "
			+ "select u.id, ?2, ?3, ?4, ?5 from users u where u.role = ?1 and u.enabled = true", nativeQuery = true)
	int tellRole(String role, java.time.Instant at, String kind, long tableId, String message);

	@Modifying
	@Query(value = "insert into notifications (user_id, created_at, kind, table_id, message) "
			+ "select u.id, ?3, ?4, ?5, ?6 from users u where u.role = ?1 and u.organization_id = ?2 and u.enabled = true",
			nativeQuery = true)
	int tellRoleIn(String role, long organizationId, java.time.Instant at, String kind, long tableId, String message);

	@Modifying
	@Query("update Notification n set n.readAt = ?2 where n.userId = ?1 and n.readAt is null")
	int markAllRead(long userId, java.time.Instant at);
}
