package io.jixiao.checks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The rules of one budget year (规则集): table format, frame weights, satisfaction threshold and tolerances.
 * A table keeps the rule set it was created with. The level-1 frame itself is code, see {@link TableFormat}.
 */
@Entity
@Table(name = "rule_sets")
public class RuleSet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "rule_year", nullable = false)
	private int year;

	@Column(name = "name", nullable = false)
	private String name;

	// VARCHAR as in the migration: Hibernate would otherwise expect a native ENUM column on MySQL.
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "table_format", nullable = false)
	private TableFormat format;

	/** Sum of all indicator weights (90: the other 10 points of a self-evaluation are budget execution). */
	@Column(name = "total_weight", nullable = false)
	private BigDecimal totalWeight;

	/** Frame weight of 产出 including 成本 (项目完成 in 2020). */
	@Column(name = "output_weight", nullable = false)
	private BigDecimal outputWeight;

	@Column(name = "benefit_weight", nullable = false)
	private BigDecimal benefitWeight;

	@Column(name = "satisfaction_weight", nullable = false)
	private BigDecimal satisfactionWeight;

	/** Lowest acceptable satisfaction target, in percent. */
	@Column(name = "satisfaction_threshold", nullable = false)
	private BigDecimal satisfactionThreshold;

	/** Allowed difference in 万元 when funds are added up. */
	@Column(name = "funds_tolerance", nullable = false)
	private BigDecimal fundsTolerance;

	/** Allowed difference in points when weights are added up. */
	@Column(name = "weight_tolerance", nullable = false)
	private BigDecimal weightTolerance;

	/** Highest share of qualitative indicators, as a fraction (0.30 is 30 %). */
	@Column(name = "qualitative_share_limit", nullable = false)
	private BigDecimal qualitativeShareLimit;

	protected RuleSet() {
	}

	public RuleSet(int year, String name, TableFormat format, BigDecimal totalWeight, BigDecimal outputWeight,
			BigDecimal benefitWeight, BigDecimal satisfactionWeight, BigDecimal satisfactionThreshold,
			BigDecimal fundsTolerance, BigDecimal weightTolerance, BigDecimal qualitativeShareLimit) {
		this.year = year;
		this.name = name;
		this.format = format;
		this.totalWeight = totalWeight;
		this.outputWeight = outputWeight;
		this.benefitWeight = benefitWeight;
		this.satisfactionWeight = satisfactionWeight;
		this.satisfactionThreshold = satisfactionThreshold;
		this.fundsTolerance = fundsTolerance;
		this.weightTolerance = weightTolerance;
		this.qualitativeShareLimit = qualitativeShareLimit;
	}

	public Long getId() {
		return this.id;
	}

	public int getYear() {
		return this.year;
	}

	public String getName() {
		return this.name;
	}

	public TableFormat getFormat() {
		return this.format;
	}

	public BigDecimal getTotalWeight() {
		return this.totalWeight;
	}

	public BigDecimal getOutputWeight() {
		return this.outputWeight;
	}

	public BigDecimal getBenefitWeight() {
		return this.benefitWeight;
	}

	public BigDecimal getSatisfactionWeight() {
		return this.satisfactionWeight;
	}

	public BigDecimal getSatisfactionThreshold() {
		return this.satisfactionThreshold;
	}

	public BigDecimal getFundsTolerance() {
		return this.fundsTolerance;
	}

	public BigDecimal getWeightTolerance() {
		return this.weightTolerance;
	}

	public BigDecimal getQualitativeShareLimit() {
		return this.qualitativeShareLimit;
	}
}
