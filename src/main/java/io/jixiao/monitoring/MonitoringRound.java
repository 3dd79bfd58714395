package io.jixiao.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A monitoring round: one year and period, with the date the units' reports are due. */
@Entity
@Table(name = "monitoring_rounds")
class MonitoringRound {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "round_year")
	private int year;
	private String period;
	private LocalDate dueDate;
	private long openedBy;
	private Instant openedAt;

	protected MonitoringRound() {
	}

	MonitoringRound(int year, Period period, LocalDate dueDate, long openedBy, Instant openedAt) {
		this.year = year;
		this.period = period.code();
		this.dueDate = dueDate;
		this.openedBy = openedBy;
		this.openedAt = openedAt;
	}

	Long getId() {
		return id;
	}

	int getYear() {
		return year;
	}

	Period getPeriod() {
		return Period.of(period);
	}

	LocalDate getDueDate() {
		return dueDate;
	}

	Instant getOpenedAt() {
		return openedAt;
	}
}
