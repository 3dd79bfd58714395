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
	@Query("update Notification n set n.readAt = ?2 where n.userId = ?1 and n.readAt is null")
	int markAllRead(long userId, java.time.Instant at);
}
