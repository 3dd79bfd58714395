package io.jixiao.organizations;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A reviewer's deputy (委托) for a date range, both days included. */
@Entity
@Table(name = "deputies")
class Deputy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long userId;
	private long deputyId;
	private LocalDate fromDate;
	private LocalDate toDate;

	protected Deputy() {
	}

	Deputy(long userId, long deputyId, LocalDate fromDate, LocalDate toDate) {
		this.userId = userId;
		this.deputyId = deputyId;
		this.fromDate = fromDate;
		this.toDate = toDate;
	}

	Long getId() {
		return id;
	}

	long getUserId() {
		return userId;
	}

	long getDeputyId() {
		return deputyId;
	}

	LocalDate getFromDate() {
		return fromDate;
	}

	LocalDate getToDate() {
		return toDate;
	}
}
