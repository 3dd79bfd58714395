package io.jixiao.targets;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;

/** The immutable snapshot of a table as it was submitted: what reviewers judged and what diffs compare. */
@Entity
@Immutable
@Table(name = "table_versions")
public class TableVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long tableId;
	@Column(name = "version_number")
	private int number;
	private Instant submittedAt;
	private long submittedBy;

	@Embedded
	private TableHeader header;

	@ElementCollection
	@CollectionTable(name = "version_indicators", joinColumns = @JoinColumn(name = "version_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 20)
	private List<Indicator> indicators = new ArrayList<>();

	protected TableVersion() {
	}

	TableVersion(long tableId, int number, long submittedBy, Instant submittedAt, TableContent content) {
		this.tableId = tableId;
		this.number = number;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
		this.header = TableHeader.of(content);
		this.indicators.addAll(content.indicators());
	}

	public TableContent content() {
		return header.content(indicators);
	}

	public long getTableId() {
		return tableId;
	}

	public int getNumber() {
		return number;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public long getSubmittedBy() {
		return submittedBy;
	}
}
