package io.jixiao.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The monitoring form as posted: the version it was edited from, the budget figures and one entry per row. */
class ReportForm {

	private long version;
	private BigDecimal adjusted;
	private BigDecimal executed;
	private String overallProgress;
	private List<RowForm> rows = new ArrayList<>();

	/** One indicator row of the form. */
	static class RowForm {

		private String actualToDate;
		private String expectedFullYear;
		private List<String> deviationReasons = new ArrayList<>();
		private String likelihood;
		private String explanation;
		private String measures;

		RowFilling filling() {
			return new RowFilling(actualToDate, expectedFullYear, deviationReasons, likelihood, explanation,
					measures);
		}

		public String getActualToDate() {
			return actualToDate;
		}

		public void setActualToDate(String actualToDate) {
			this.actualToDate = actualToDate;
		}

		public String getExpectedFullYear() {
			return expectedFullYear;
		}

		public void setExpectedFullYear(String expectedFullYear) {
			this.expectedFullYear = expectedFullYear;
		}

		public List<String> getDeviationReasons() {
			return deviationReasons;
		}

		public void setDeviationReasons(List<String> deviationReasons) {
			this.deviationReasons = deviationReasons == null ? new ArrayList<>() : deviationReasons;
		}

		public String getLikelihood() {
			return likelihood;
		}

		public void setLikelihood(String likelihood) {
			this.likelihood = likelihood;
		}

		public String getExplanation() {
			return explanation;
		}

		public void setExplanation(String explanation) {
			this.explanation = explanation;
		}

		public String getMeasures() {
			return measures;
		}

		public void setMeasures(String measures) {
			this.measures = measures;
		}
	}

	/** The form filled with the report as stored. */
	static ReportForm of(ReportView report) {
		ReportForm form = new ReportForm();
		form.version = report.version();
		form.adjusted = report.budget().adjusted();
		form.executed = report.budget().executed();
		form.overallProgress = report.overallProgress();
		for (ReportView.Row row : report.indicators()) {
			RowForm r = new RowForm();
			r.actualToDate = row.actualToDate();
			r.expectedFullYear = row.expectedFullYear();
			r.deviationReasons = new ArrayList<>(row.deviationReasons());
			r.likelihood = row.likelihood();
			r.explanation = row.explanation();
			r.measures = row.measures();
			form.rows.add(r);
		}
		return form;
	}

	ReportFilling filling() {
		return new ReportFilling(adjusted, executed, overallProgress, rows.stream().map(RowForm::filling).toList());
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public BigDecimal getAdjusted() {
		return adjusted;
	}

	public void setAdjusted(BigDecimal adjusted) {
		this.adjusted = adjusted;
	}

	public BigDecimal getExecuted() {
		return executed;
	}

	public void setExecuted(BigDecimal executed) {
		this.executed = executed;
	}

	public String getOverallProgress() {
		return overallProgress;
	}

	public void setOverallProgress(String overallProgress) {
		this.overallProgress = overallProgress;
	}

	public List<RowForm> getRows() {
		return rows;
	}

	public void setRows(List<RowForm> rows) {
		this.rows = rows;
	}
}
