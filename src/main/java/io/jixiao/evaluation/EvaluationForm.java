package io.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The self-evaluation form as posted: the version it was edited from, the budget per source and one entry per row. */
class EvaluationForm implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	private long version;
	private BigDecimal fiscalAnnual;
	private BigDecimal fiscalExecuted;
	private BigDecimal otherAnnual;
	private BigDecimal otherExecuted;
	private String overallResult;
	private String conclusion;
	private String problems;
	private String improvements;
	private List<RowForm> rows = new ArrayList<>();

	/** One indicator row of the form. */
	static class RowForm implements java.io.Serializable {

		private static final long serialVersionUID = 1L;

		private String actual;
		private String level;
		private BigDecimal judgedPercent;
		private boolean notApplicable;
		private String analysis;

		public String getActual() {
			return actual;
		}

		public void setActual(String actual) {
			this.actual = actual;
		}

		public String getLevel() {
			return level;
		}

		public void setLevel(String level) {
			this.level = level;
		}

		public BigDecimal getJudgedPercent() {
			return judgedPercent;
		}

		public void setJudgedPercent(BigDecimal judgedPercent) {
			this.judgedPercent = judgedPercent;
		}

		public boolean isNotApplicable() {
			return notApplicable;
		}

		public void setNotApplicable(boolean notApplicable) {
			this.notApplicable = notApplicable;
		}

		public String getAnalysis() {
			return analysis;
		}

		public void setAnalysis(String analysis) {
			this.analysis = analysis;
		}
	}

	static EvaluationForm of(EvaluationView view) {
		EvaluationForm form = new EvaluationForm();
		form.version = view.version();
		form.fiscalAnnual = view.budget().fiscal().annual();
		form.fiscalExecuted = view.budget().fiscal().executed();
		form.otherAnnual = view.budget().other().annual();
		form.otherExecuted = view.budget().other().executed();
		form.overallResult = view.overallResult();
		form.conclusion = view.conclusion();
		form.problems = view.problems();
		form.improvements = view.improvements();
		for (EvaluationView.Row row : view.indicators()) {
			RowForm r = new RowForm();
			r.actual = row.actual();
			r.level = row.level();
			r.judgedPercent = row.judgedPercent();
			r.notApplicable = row.notApplicable();
			r.analysis = row.analysis();
			form.rows.add(r);
		}
		return form;
	}

	EvaluationFilling filling() {
		return new EvaluationFilling(fiscalAnnual, fiscalExecuted, otherAnnual == null ? BigDecimal.ZERO : otherAnnual,
				otherExecuted == null ? BigDecimal.ZERO : otherExecuted, overallResult, conclusion, problems,
				improvements, rows.stream().map(r -> new EvaluationFilling.Row(r.actual, r.level, r.judgedPercent,
						r.notApplicable, r.analysis)).toList());
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public BigDecimal getFiscalAnnual() {
		return fiscalAnnual;
	}

	public void setFiscalAnnual(BigDecimal fiscalAnnual) {
		this.fiscalAnnual = fiscalAnnual;
	}

	public BigDecimal getFiscalExecuted() {
		return fiscalExecuted;
	}

	public void setFiscalExecuted(BigDecimal fiscalExecuted) {
		this.fiscalExecuted = fiscalExecuted;
	}

	public BigDecimal getOtherAnnual() {
		return otherAnnual;
	}

	public void setOtherAnnual(BigDecimal otherAnnual) {
		this.otherAnnual = otherAnnual;
	}

	public BigDecimal getOtherExecuted() {
		return otherExecuted;
	}

	public void setOtherExecuted(BigDecimal otherExecuted) {
		this.otherExecuted = otherExecuted;
	}

	public String getOverallResult() {
		return overallResult;
	}

	public void setOverallResult(String overallResult) {
		this.overallResult = overallResult;
	}

	public String getConclusion() {
		return conclusion;
	}

	public void setConclusion(String conclusion) {
		this.conclusion = conclusion;
	}

	public String getProblems() {
		return problems;
	}

	public void setProblems(String problems) {
		this.problems = problems;
	}

	public String getImprovements() {
		return improvements;
	}

	public void setImprovements(String improvements) {
		this.improvements = improvements;
	}

	public List<RowForm> getRows() {
		return rows;
	}

	public void setRows(List<RowForm> rows) {
		this.rows = rows;
	}
}
