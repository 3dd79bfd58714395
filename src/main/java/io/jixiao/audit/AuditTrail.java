package io.jixiao.audit;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends audit events in the caller's transaction (so an event exists exactly when its change does) and checks the
 * chain. Appending locks the chain head: events form one line even when transactions run side by side.
 */
@Service
@Transactional
public class AuditTrail {

	private static final int BATCH = 500;

	private final AuditEvents events;
	private final EntityManager entityManager;
	private final JdbcTemplate jdbc;
	private final JsonMapper json;
	private final Clock clock;
	/** The head as this node last moved it (committed or not: the conditional update checks it). */
	private final AtomicReference<ChainLink> lastWritten = new AtomicReference<>();

	AuditTrail(AuditEvents events, EntityManager entityManager, JdbcTemplate jdbc, JsonMapper json, Clock clock) {
		this.events = events;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.json = json;
		this.clock = clock;
	}

	/** The result of checking the whole chain. */
	public record Verification(boolean valid, long checked, Long firstBrokenId) {
	}

	public AuditEvent record(AuditEntry entry) {
		Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String details = json.writeValueAsString(entry.details());
		String address = clientAddress();
		// The head this node wrote last is usually still the head: moving it on only if it still is locks it and
		// checks it in one statement (it waits for a writer that holds it, then sees that writer's head). Another
		// node's event or a rolled-back one makes it miss, and the head is then read under lock as before.
		ChainLink guess = lastWritten.get();
		AuditEvent event = guess == null ? null : new AuditEvent(guess.seq() + 1, at, entry, details, address,
				guess.hash());
		if (event == null || !advance(guess, event)) {
			// plain FOR UPDATE: understood alike by H2, MySQL and MariaDB (Hibernate's "FOR UPDATE OF" is not). The
			// head is read and written with plain JDBC on the transaction's connection: a Hibernate native query
			// would first flush (dirty-check) the whole session, twice on every transition.
			ChainLink head = jdbc.queryForObject("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1 FOR UPDATE",
					(rs, row) -> new ChainLink(rs.getLong(1), rs.getString(2)));
			event = new AuditEvent(head.seq() + 1, at, entry, details, address, head.hash());
			if (!advance(head, event)) {
				throw new IllegalStateException("the audit chain's head moved while this transaction held its lock");
			}
		}
		lastWritten.set(new ChainLink(event.getSeq(), event.getHash()));
		return events.save(event);
	}

	private record ChainLink(long seq, String hash) {
	}

	/** Moves the head from {@code from} to the event, if it is still there. */
	private boolean advance(ChainLink from, AuditEvent event) {
		return jdbc.update("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1 AND last_seq = ?"
				+ " AND last_hash = ?", event.getSeq(), event.getHash(), from.seq(), from.hash()) == 1;
	}

	/** The events of one table, oldest first. Callers check that the user may see the table. */
	@Transactional(readOnly = true)
	public List<AuditEvent> ofTable(long tableId) {
		return events.findByTableIdOrderBySeq(tableId);
	}

	/**
	 * Recomputes every hash and link in order. A changed row breaks its own hash; a deleted row breaks the link of
	 * the next one (or, for the last row, the chain head).
	 */
	@Transactional(readOnly = true)
	public Verification verify() {
		String expectedPrev = AuditHash.GENESIS;
		long expectedSeq = 1;
		long checked = 0;
		Slice<AuditEvent> slice = events.findBySeqGreaterThanOrderBySeq(0, PageRequest.of(0, BATCH));
		while (true) {
			for (AuditEvent event : slice) {
				checked++;
				boolean intact = event.getSeq() == expectedSeq && event.getPrevHash().equals(expectedPrev)
						&& event.computeHash().equals(event.getHash());
				if (!intact) {
					return new Verification(false, checked, event.getId());
				}
				expectedPrev = event.getHash();
				expectedSeq++;
			}
			if (!slice.hasNext()) {
				break;
			}
			long last = slice.getContent().get(slice.getNumberOfElements() - 1).getSeq();
			entityManager.clear();
			slice = events.findBySeqGreaterThanOrderBySeq(last, PageRequest.of(0, BATCH));
		}
		ChainHead head = entityManager.find(ChainHead.class, ChainHead.ID);
		boolean headIntact = head.getLastSeq() == expectedSeq - 1 && head.getLastHash().equals(expectedPrev);
		return new Verification(headIntact, checked, null);
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
