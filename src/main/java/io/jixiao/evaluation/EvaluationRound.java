package io.jixiao.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A self-evaluation round: one year, with the date the units' evaluations are due. */
@Entity
@Table(name = "evaluation_rounds")
class EvaluationRound {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "round_year")
	private int year;
	private LocalDate dueDate;
	private long openedBy;
	private Instant openedAt;

	protected EvaluationRound() {
	}

	EvaluationRound(int year, LocalDate dueDate, long openedBy, Instant openedAt) {
		this.year = year;
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

	LocalDate getDueDate() {
		return dueDate;
	}

	Instant getOpenedAt() {
		return openedAt;
	}
}
