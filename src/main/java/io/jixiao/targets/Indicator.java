package io.jixiao.targets;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One level-3 indicator row, kept exactly as written (the value text is parsed by the checks, not rewritten). */
@Embeddable
public class Indicator {

	private String level1;
	private String level2;
	private String name;
	@Column(name = "value_text")
	private String value;
	private String basis;
	private String lastYearValue;
	private BigDecimal weight;
	private String scoringRule;
	private String evidence;
	private String justification;

	protected Indicator() {
	}

	public Indicator(String level1, String level2, String name, String value, String basis, String lastYearValue,
			BigDecimal weight, String scoringRule, String evidence, String justification) {
		this.level1 = level1;
		this.level2 = level2;
		this.name = name;
		this.value = value;
		this.basis = basis;
		this.lastYearValue = lastYearValue;
		this.weight = weight;
		this.scoringRule = scoringRule;
		this.evidence = evidence;
		this.justification = justification;
	}

	public String getLevel1() {
		return level1;
	}

	public String getLevel2() {
		return level2;
	}

	public String getName() {
		return name;
	}

	public String getValue() {
		return value;
	}

	public String getBasis() {
		return basis;
	}

	public String getLastYearValue() {
		return lastYearValue;
	}

	/** The weight as written: 10.00 from the database reads 10, 2.50 reads 2.5 (never in scientific notation). */
	public BigDecimal getWeight() {
		return weight == null ? null : new BigDecimal(weight.stripTrailingZeros().toPlainString());
	}

	public String getScoringRule() {
		return scoringRule;
	}

	public String getEvidence() {
		return evidence;
	}

	public String getJustification() {
		return justification;
	}
}
