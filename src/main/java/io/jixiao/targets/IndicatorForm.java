package io.jixiao.targets;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One indicator row as bound from the drafting form or the JSON API. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class IndicatorForm {

	@Size(max = 50)
	private String level1;
	@Size(max = 50)
	private String level2;
	@Size(max = 300)
	private String name;
	@Size(max = 300)
	private String value;
	@Size(max = 200)
	private String basis;
	@Size(max = 100)
	private String lastYearValue;
	@DecimalMin("0")
	@DecimalMax("100")
	@Digits(integer = 3, fraction = 2)
	private BigDecimal weight;
	@Size(max = 50)
	private String scoringRule;
	@Size(max = 200)
	private String evidence;
	@Size(max = 1000)
	private String justification;

	public IndicatorForm() {
	}

	IndicatorForm(String level1, String level2) {
		this.level1 = level1;
		this.level2 = level2;
	}

	static IndicatorForm of(Indicator row) {
		IndicatorForm form = new IndicatorForm(row.getLevel1(), row.getLevel2());
		form.name = row.getName();
		form.value = row.getValue();
		form.basis = row.getBasis();
		form.lastYearValue = row.getLastYearValue();
		form.weight = row.getWeight();
		form.scoringRule = row.getScoringRule();
		form.evidence = row.getEvidence();
		form.justification = row.getJustification();
		return form;
	}

	Indicator toIndicator() {
		return new Indicator(text(level1), text(level2), text(name), text(value), optional(basis),
				optional(lastYearValue), weight, optional(scoringRule), optional(evidence), optional(justification));
	}

	private static String text(String s) {
		return s == null ? "" : s.strip();
	}

	private static String optional(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** Level 1 and level 2 as one choice of the form's group select ("产出指标|数量指标"). */
	@JsonIgnore
	public String getLevels() {
		return DraftingView.levelsKey(level1, level2);
	}

	@JsonIgnore
	public void setLevels(String levels) {
		String[] parts = DraftingView.splitLevels(levels);
		this.level1 = parts[0];
		this.level2 = parts[1];
	}

	public String getLevel1() {
		return level1;
	}

	public void setLevel1(String level1) {
		this.level1 = level1;
	}

	public String getLevel2() {
		return level2;
	}

	public void setLevel2(String level2) {
		this.level2 = level2;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getBasis() {
		return basis;
	}

	public void setBasis(String basis) {
		this.basis = basis;
	}

	public String getLastYearValue() {
		return lastYearValue;
	}

	public void setLastYearValue(String lastYearValue) {
		this.lastYearValue = lastYearValue;
	}

	public BigDecimal getWeight() {
		return weight;
	}

	public void setWeight(BigDecimal weight) {
		this.weight = weight;
	}

	public String getScoringRule() {
		return scoringRule;
	}

	public void setScoringRule(String scoringRule) {
		this.scoringRule = scoringRule;
	}

	public String getEvidence() {
		return evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = evidence;
	}

	public String getJustification() {
		return justification;
	}

	public void setJustification(String justification) {
		this.justification = justification;
	}
}
