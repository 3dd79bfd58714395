package io.jixiao.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An indicator row kept in the library when its table was imported. */
@Entity
@Table(name = "indicator_library")
class LibraryEntry {

	/** Where the row came from: a document's table found by its title, a workbook, or pasted rows. */
	enum Source {
		DOCUMENT, WORKBOOK, TEXT
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long unitId;

	private Long tableId;

	@Column(name = "table_year")
	private int year;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Source source;

	private String level1;

	private String level2;

	private String name;

	@Column(name = "value_text")
	private String value;

	private String basis;

	private Instant createdAt;

	protected LibraryEntry() {
	}

	LibraryEntry(long unitId, Long tableId, int year, Source source, ImportedRow row, Instant createdAt) {
		this.unitId = unitId;
		this.tableId = tableId;
		this.year = year;
		this.source = source;
		this.level1 = row.level1();
		this.level2 = row.level2();
		this.name = row.name();
		this.value = row.value();
		this.basis = row.basis();
		this.createdAt = createdAt;
	}

	int getYear() {
		return year;
	}

	Source getSource() {
		return source;
	}

	String getLevel1() {
		return level1;
	}

	String getLevel2() {
		return level2;
	}

	String getName() {
		return name;
	}

	String getValue() {
		return value;
	}

	String getBasis() {
		return basis;
	}
}
