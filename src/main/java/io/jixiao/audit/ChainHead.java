package io.jixiao.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of the chain: the last sequence number and hash; locked while an event is appended. */
@Entity
@Table(name = "audit_chain")
class ChainHead {

	static final int ID = 1;

	@Id
	private int id;
	private long lastSeq;
	private String lastHash;

	protected ChainHead() {
	}

	long getLastSeq() {
		return lastSeq;
	}

	String getLastHash() {
		return lastHash;
	}

	void advance(long seq, String hash) {
		this.lastSeq = seq;
		this.lastHash = hash;
	}
}
