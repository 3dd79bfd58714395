package io.jixiao.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One indicator of a self-evaluation: the approved target and weight beside what the unit reports and scores. */
@Embeddable
class EvaluationRow {

	private String level1;
	private String level2;
	private String name;
	private String target;
	private BigDecimal weight;
	private String actual;
	// 达成 / 部分达成 / 未达成 of a qualitative target ("level" is a reserved word in some databases)
	@Column(name = "achievement")
	private String level;
	private BigDecimal judgedPercent;
	private boolean notApplicable;
	private String analysis;
	private BigDecimal score;
	private BigDecimal reviewScore;

	protected EvaluationRow() {
	}

	EvaluationRow(String level1, String level2, String name, String target, BigDecimal weight, String actual) {
		this.level1 = level1;
		this.level2 = level2;
		this.name = name;
		this.target = target;
		this.weight = weight;
		this.actual = actual;
	}

	/** The unit's figures; a reviewer's earlier score was for the figures replaced, so it goes. */
	void fill(EvaluationFilling.Row filling) {
		this.actual = filling.actual();
		this.level = filling.level();
		this.judgedPercent = filling.judgedPercent();
		this.notApplicable = filling.notApplicable();
		this.analysis = filling.analysis();
		this.reviewScore = null;
	}

	void score(BigDecimal score) {
		this.score = score;
	}

	void review(BigDecimal score) {
		this.reviewScore = score;
	}

	ScoreInput.Row input() {
		return new ScoreInput.Row(name, level2, target, weight, actual, level, judgedPercent, notApplicable, analysis,
				reviewScore);
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

	BigDecimal getWeight() {
		return weight;
	}

	String getActual() {
		return actual;
	}

	String getLevel() {
		return level;
	}

	BigDecimal getJudgedPercent() {
		return judgedPercent;
	}

	boolean isNotApplicable() {
		return notApplicable;
	}

	String getAnalysis() {
		return analysis;
	}

	BigDecimal getScore() {
		return score;
	}

	BigDecimal getReviewScore() {
		return reviewScore;
	}
}
