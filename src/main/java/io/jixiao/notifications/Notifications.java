package io.jixiao.notifications;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stored notifications. */
interface Notifications extends JpaRepository<Notification, Long> {

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // one query: no transaction of its own
	long countByUserIdAndReadAtIsNull(long userId);

	List<Notification> findByUserIdOrderByIdDesc(long userId, Pageable page);

	@Modifying
	@Query("update Notification n set n.readAt = ?2 where n.userId = ?1 and n.readAt is null")
	int markAllRead(long userId, java.time.Instant at);
}
