package io.jixiao.evaluation;

import io.jixiao.evaluation.RuleSet.ExecutionCaps;
import io.jixiao.evaluation.RuleSet.OverAchievement;
import io.jixiao.system.InvalidInputException;
import java.math.BigDecimal;

/**
 * The scoring rule set of a year as the administrator's form posts it; prefilled from a stored one. Serializable: a
 * refused form goes back to the page as a flash attribute, kept in the session.
 */
class RuleSetForm implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	private Integer year;
	private BigDecimal excellent;
	private BigDecimal good;
	private BigDecimal fair;
	private BigDecimal achievedFloor;
	private BigDecimal partialFloor;
	private BigDecimal equalityBand;
	private boolean overAchievementOn;
	private BigDecimal overAchievementThreshold;
	private BigDecimal overAchievementPoints;
	private String overAchievementBasis;
	private boolean executionCapOn;
	private String executionCaps;
	private String executionCapBasis;

	static RuleSetForm of(RuleSet r, int year) {
		RuleSetForm form = new RuleSetForm();
		form.year = year;
		form.excellent = r.excellent();
		form.good = r.good();
		form.fair = r.fair();
		form.achievedFloor = r.achievedFloor();
		form.partialFloor = r.partialFloor();
		form.equalityBand = r.equalityBand();
		form.overAchievementOn = r.overAchievement().enabled();
		form.overAchievementThreshold = r.overAchievement().threshold();
		form.overAchievementPoints = r.overAchievement().points();
		form.overAchievementBasis = r.overAchievement().basis();
		form.executionCapOn = r.executionCaps().enabled();
		form.executionCaps = ExecutionCaps.format(r.executionCaps().caps());
		form.executionCapBasis = r.executionCaps().basis();
		return form;
	}

	/** The rule set posted, not yet validated; 422 when a figure is missing. */
	RuleSet ruleSet() {
		if (year == null || excellent == null || good == null || fair == null || achievedFloor == null
				|| partialFloor == null || equalityBand == null || overAchievementThreshold == null
				|| overAchievementPoints == null) {
			throw new InvalidInputException("evaluation.rules.invalid.missing");
		}
		return new RuleSet(year, excellent, good, fair, achievedFloor, partialFloor, equalityBand,
				new OverAchievement(overAchievementOn, overAchievementThreshold, overAchievementPoints,
						strip(overAchievementBasis)),
				new ExecutionCaps(executionCapOn, ExecutionCaps.parse(executionCaps), strip(executionCapBasis)));
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public BigDecimal getExcellent() {
		return excellent;
	}

	public void setExcellent(BigDecimal excellent) {
		this.excellent = excellent;
	}

	public BigDecimal getGood() {
		return good;
	}

	public void setGood(BigDecimal good) {
		this.good = good;
	}

	public BigDecimal getFair() {
		return fair;
	}

	public void setFair(BigDecimal fair) {
		this.fair = fair;
	}

	public BigDecimal getAchievedFloor() {
		return achievedFloor;
	}

	public void setAchievedFloor(BigDecimal achievedFloor) {
		this.achievedFloor = achievedFloor;
	}

	public BigDecimal getPartialFloor() {
		return partialFloor;
	}

	public void setPartialFloor(BigDecimal partialFloor) {
		this.partialFloor = partialFloor;
	}

	public BigDecimal getEqualityBand() {
		return equalityBand;
	}

	public void setEqualityBand(BigDecimal equalityBand) {
		this.equalityBand = equalityBand;
	}

	public boolean isOverAchievementOn() {
		return overAchievementOn;
	}

	public void setOverAchievementOn(boolean overAchievementOn) {
		this.overAchievementOn = overAchievementOn;
	}

	public BigDecimal getOverAchievementThreshold() {
		return overAchievementThreshold;
	}

	public void setOverAchievementThreshold(BigDecimal overAchievementThreshold) {
		this.overAchievementThreshold = overAchievementThreshold;
	}

	public BigDecimal getOverAchievementPoints() {
		return overAchievementPoints;
	}

	public void setOverAchievementPoints(BigDecimal overAchievementPoints) {
		this.overAchievementPoints = overAchievementPoints;
	}

	public String getOverAchievementBasis() {
		return overAchievementBasis;
	}

	public void setOverAchievementBasis(String overAchievementBasis) {
		this.overAchievementBasis = overAchievementBasis;
	}

	public boolean isExecutionCapOn() {
		return executionCapOn;
	}

	public void setExecutionCapOn(boolean executionCapOn) {
		this.executionCapOn = executionCapOn;
	}

	public String getExecutionCaps() {
		return executionCaps;
	}

	public void setExecutionCaps(String executionCaps) {
		this.executionCaps = executionCaps;
	}

	public String getExecutionCapBasis() {
		return executionCapBasis;
	}

	public void setExecutionCapBasis(String executionCapBasis) {
		this.executionCapBasis = executionCapBasis;
	}
}
