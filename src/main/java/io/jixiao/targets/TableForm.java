package io.jixiao.targets;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.jixiao.checks.TableKind;
import io.jixiao.system.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's header and rows as bound from the drafting form or the JSON body of the API (not the entity):
 * carries the version the user edited, for optimistic locking.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class TableForm {

	/** The largest amount of a DECIMAL(14,2) column; {@code @Digits} alone lets 1e2147483647 through (int overflow). */
	static final String MAX_AMOUNT = "999999999999.99";

	@NotNull(message = "{table.kind.required}")
	private TableKind kind = TableKind.PROJECT;
	@Min(2000)
	@Max(2100)
	private Integer year;
	private Long version;
	@Size(max = 300)
	private String projectName;
	@Size(max = 100)
	private String projectLead;
	@Size(max = 200)
	private String implementingUnit;
	@Pattern(regexp = "^$|^\\d{3}(\\d{2}){0,2}$", message = "{table.functionCode.invalid}")
	private String functionCode;
	@Size(max = 100)
	private String contactPerson;
	@Size(max = 50)
	private String contactPhone;
	@DecimalMin("0")
	@DecimalMax(MAX_AMOUNT)
	@Digits(integer = 12, fraction = 2)
	private BigDecimal totalFunds;
	@DecimalMin("0")
	@DecimalMax(MAX_AMOUNT)
	@Digits(integer = 12, fraction = 2)
	private BigDecimal fiscalFunds;
	@DecimalMin("0")
	@DecimalMax(MAX_AMOUNT)
	@Digits(integer = 12, fraction = 2)
	private BigDecimal otherFunds;
	@DecimalMin("0")
	@DecimalMax(MAX_AMOUNT)
	@Digits(integer = 12, fraction = 2)
	private BigDecimal fiscalUpper;
	@DecimalMin("0")
	@DecimalMax(MAX_AMOUNT)
	@Digits(integer = 12, fraction = 2)
	private BigDecimal fiscalLocal;
	@Size(max = 4000)
	private String overallGoal;
	private boolean satisfactionNotApplicable;
	@Size(max = 500)
	private String satisfactionReason;
	@Size(max = 200)
	private List<@Valid IndicatorForm> indicators = new ArrayList<>();

	static TableForm of(TargetTable table) {
		TableForm form = new TableForm();
		form.kind = table.getKind();
		form.year = table.getYear();
		form.version = table.getVersion();
		form.projectName = table.getProjectName();
		form.projectLead = table.getProjectLead();
		form.implementingUnit = table.getImplementingUnit();
		form.functionCode = table.getFunctionCode();
		form.contactPerson = table.getContactPerson();
		form.contactPhone = table.getContactPhone();
		form.totalFunds = table.getTotalFunds();
		form.fiscalFunds = table.getFiscalFunds();
		form.otherFunds = table.getOtherFunds();
		form.fiscalUpper = table.getFiscalUpper();
		form.fiscalLocal = table.getFiscalLocal();
		form.overallGoal = table.getOverallGoal();
		form.satisfactionNotApplicable = table.isSatisfactionNotApplicable();
		form.satisfactionReason = table.getSatisfactionReason();
		form.indicators = new ArrayList<>(table.getIndicators().stream().map(IndicatorForm::of).toList());
		return form;
	}

	/** The year a new table is for; a replacement keeps its year, so only creation needs it. */
	public int requireYear() {
		if (year == null) {
			throw new InvalidInputException("table.yearRequired");
		}
		return year;
	}

	public TableContent toContent() {
		return new TableContent(clean(projectName), clean(projectLead), clean(implementingUnit), clean(functionCode),
				clean(contactPerson), clean(contactPhone), totalFunds, fiscalFunds, otherFunds, fiscalUpper,
				fiscalLocal, clean(overallGoal), satisfactionNotApplicable, clean(satisfactionReason),
				indicators.stream().map(IndicatorForm::toIndicator).toList());
	}

	private static String clean(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public TableKind getKind() {
		return kind;
	}

	public void setKind(TableKind kind) {
		this.kind = kind;
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getProjectName() {
		return projectName;
	}

	public void setProjectName(String projectName) {
		this.projectName = projectName;
	}

	public String getProjectLead() {
		return projectLead;
	}

	public void setProjectLead(String projectLead) {
		this.projectLead = projectLead;
	}

	public String getImplementingUnit() {
		return implementingUnit;
	}

	public void setImplementingUnit(String implementingUnit) {
		this.implementingUnit = implementingUnit;
	}

	public String getFunctionCode() {
		return functionCode;
	}

	public void setFunctionCode(String functionCode) {
		this.functionCode = functionCode;
	}

	public String getContactPerson() {
		return contactPerson;
	}

	public void setContactPerson(String contactPerson) {
		this.contactPerson = contactPerson;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public BigDecimal getTotalFunds() {
		return totalFunds;
	}

	public void setTotalFunds(BigDecimal totalFunds) {
		this.totalFunds = totalFunds;
	}

	public BigDecimal getFiscalFunds() {
		return fiscalFunds;
	}

	public void setFiscalFunds(BigDecimal fiscalFunds) {
		this.fiscalFunds = fiscalFunds;
	}

	public BigDecimal getOtherFunds() {
		return otherFunds;
	}

	public void setOtherFunds(BigDecimal otherFunds) {
		this.otherFunds = otherFunds;
	}

	public BigDecimal getFiscalUpper() {
		return fiscalUpper;
	}

	public void setFiscalUpper(BigDecimal fiscalUpper) {
		this.fiscalUpper = fiscalUpper;
	}

	public BigDecimal getFiscalLocal() {
		return fiscalLocal;
	}

	public void setFiscalLocal(BigDecimal fiscalLocal) {
		this.fiscalLocal = fiscalLocal;
	}

	public String getOverallGoal() {
		return overallGoal;
	}

	public void setOverallGoal(String overallGoal) {
		this.overallGoal = overallGoal;
	}

	public boolean isSatisfactionNotApplicable() {
		return satisfactionNotApplicable;
	}

	public void setSatisfactionNotApplicable(boolean satisfactionNotApplicable) {
		this.satisfactionNotApplicable = satisfactionNotApplicable;
	}

	public String getSatisfactionReason() {
		return satisfactionReason;
	}

	public void setSatisfactionReason(String satisfactionReason) {
		this.satisfactionReason = satisfactionReason;
	}

	public List<IndicatorForm> getIndicators() {
		return indicators;
	}

	public void setIndicators(List<IndicatorForm> indicators) {
		this.indicators = indicators == null ? new ArrayList<>() : indicators;
	}
}
