package io.jixiao.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One link of the audit chain. There is no update or delete path for it anywhere in the product. */
@Entity
@Immutable
@Table(name = "audit_events")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long seq;
	private Instant createdAt;
	private Long actorId;
	private String actorName;
	private Long organizationId;
	private String action;
	private Long tableId;
	private String details;
	private String clientAddress;
	private String prevHash;
	private String hash;

	protected AuditEvent() {
	}

	AuditEvent(long seq, Instant createdAt, AuditEntry entry, String details, String clientAddress, String prevHash) {
		this.seq = seq;
		this.createdAt = createdAt;
		this.actorId = entry.actorId();
		this.actorName = entry.actorName();
		this.organizationId = entry.organizationId();
		this.action = entry.action().name();
		this.tableId = entry.tableId();
		this.details = details;
		this.clientAddress = clientAddress;
		this.prevHash = prevHash;
		this.hash = computeHash();
	}

	/** SHA-256 over every field but the id and the hash itself, chained to the previous event's hash. */
	String computeHash() {
		String content = String.join("\u001f", String.valueOf(seq), String.valueOf(createdAt.toEpochMilli()),
				String.valueOf(actorId), actorName, String.valueOf(organizationId), action, String.valueOf(tableId),
				String.valueOf(details), String.valueOf(clientAddress), prevHash);
		return AuditHash.sha256(content);
	}

	public Long getId() {
		return id;
	}

	public long getSeq() {
		return seq;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Long getActorId() {
		return actorId;
	}

	public String getActorName() {
		return actorName;
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public String getAction() {
		return action;
	}

	public Long getTableId() {
		return tableId;
	}

	public String getDetails() {
		return details;
	}

	public String getClientAddress() {
		return clientAddress;
	}

	String getPrevHash() {
		return prevHash;
	}

	String getHash() {
		return hash;
	}
}
