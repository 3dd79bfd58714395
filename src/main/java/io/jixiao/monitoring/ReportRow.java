package io.jixiao.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;

/** One indicator of a monitoring report: the approved target beside what the unit reports on it. */
@Embeddable
class ReportRow {

	private String level1;
	private String level2;
	private String name;
	private String target;
	private String actualToDate;
	private String expectedFullYear;
	// the reasons chosen, joined by commas (a fixed vocabulary of five)
	private String deviationReasons;
	private String likelihood;
	private String explanation;
	private String measures;
	@Enumerated(EnumType.STRING)
	private Light light;
	@Column(name = "light_rule")
	private String lightRule;

	protected ReportRow() {
	}

	ReportRow(String level1, String level2, String name, String target) {
		this.level1 = level1;
		this.level2 = level2;
		this.name = name;
		this.target = target;
	}

	void fill(RowFilling filling) {
		this.actualToDate = filling.actualToDate();
		this.expectedFullYear = filling.expectedFullYear();
		this.deviationReasons = filling.deviationReasons().isEmpty() ? null
				: String.join(",", filling.deviationReasons());
		this.likelihood = filling.likelihood();
		this.explanation = filling.explanation();
		this.measures = filling.measures();
	}

	void light(Light light, String rule) {
		this.light = light;
		this.lightRule = rule;
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

	String getTarget() {
		return target;
	}

	String getActualToDate() {
		return actualToDate;
	}

	String getExpectedFullYear() {
		return expectedFullYear;
	}

	List<String> getDeviationReasons() {
		return deviationReasons == null ? List.of() : Arrays.asList(deviationReasons.split(","));
	}

	String getLikelihood() {
		return likelihood;
	}

	String getExplanation() {
		return explanation;
	}

	String getMeasures() {
		return measures;
	}

	Light getLight() {
		return light;
	}

	String getLightRule() {
		return lightRule;
	}
}
