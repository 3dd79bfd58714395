package io.jixiao.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Read and append only: this repository has no update or delete method. */
interface AuditEvents extends Repository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

	AuditEvent save(AuditEvent event);

	List<AuditEvent> findByTableIdOrderBySeq(long tableId);

	Slice<AuditEvent> findBySeqGreaterThanOrderBySeq(long seq, Pageable page);
}
