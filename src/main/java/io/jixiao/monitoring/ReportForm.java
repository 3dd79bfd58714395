package io.jixiao.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The monitoring form as posted: the version it was edited from, the budget per source and one entry per row. */
class ReportForm {

	private long version;
	private BigDecimal fiscalAdjusted;
	private BigDecimal fiscalExecuted;
	private BigDecimal otherAdjusted;
	private BigDecimal otherExecuted;
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
		form.fiscalAdjusted = report.budget().fiscal().adjusted();
		form.fiscalExecuted = report.budget().fiscal().executed();
		form.otherAdjusted = report.budget().other().adjusted();
		form.otherExecuted = report.budget().other().executed();
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

	/** The figures as posted; 其他资金 left empty is none. */
	ReportFilling filling() {
		return new ReportFilling(fiscalAdjusted, fiscalExecuted, otherAdjusted == null ? BigDecimal.ZERO : otherAdjusted,
				otherExecuted == null ? BigDecimal.ZERO : otherExecuted, overallProgress,
				rows.stream().map(RowForm::filling).toList());
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public BigDecimal getFiscalAdjusted() {
		return fiscalAdjusted;
	}

	public void setFiscalAdjusted(BigDecimal fiscalAdjusted) {
		this.fiscalAdjusted = fiscalAdjusted;
	}

	public BigDecimal getFiscalExecuted() {
		return fiscalExecuted;
	}

	public void setFiscalExecuted(BigDecimal fiscalExecuted) {
		this.fiscalExecuted = fiscalExecuted;
	}

	public BigDecimal getOtherAdjusted() {
		return otherAdjusted;
	}

	public void setOtherAdjusted(BigDecimal otherAdjusted) {
		this.otherAdjusted = otherAdjusted;
	}

	public BigDecimal getOtherExecuted() {
		return otherExecuted;
	}

	public void setOtherExecuted(BigDecimal otherExecuted) {
		this.otherExecuted = otherExecuted;
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
