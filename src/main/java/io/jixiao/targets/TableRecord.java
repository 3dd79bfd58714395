package io.jixiao.targets;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * What the table aggregate keeps besides its state (kept apart so that the aggregate stays readable): its header,
 * read through getters by pages and other modules, and the events its transitions recorded until they are published.
 */
@MappedSuperclass
public abstract class TableRecord<T extends TableRecord<T>> {

	@Embedded
	private TableHeader header = new TableHeader();

	// built when published: a new table has its id, an edited one its row version, only once saved
	@Transient
	private final List<Function<T, Object>> events = new ArrayList<>();

	/** Records an event of this transition; only what the save gives (id, row version) is read when published. */
	void raise(Function<T, Object> event) {
		events.add(event);
	}

	/** The events of the transitions since the last save, as the repository publishes them after saving. */
	@DomainEvents
	List<Object> domainEvents() {
		@SuppressWarnings("unchecked")
		T self = (T) this;
		return events.stream().map(event -> event.apply(self)).toList();
	}

	@AfterDomainEventPublication
	void clearDomainEvents() {
		events.clear();
	}

	void setHeader(TableHeader header) {
		this.header = header;
	}

	TableContent content(List<Indicator> indicators) {
		return header.content(indicators);
	}

	public String getProjectName() {
		return header.projectName();
	}

	public String getProjectLead() {
		return header.projectLead();
	}

	public String getImplementingUnit() {
		return header.implementingUnit();
	}

	public String getFunctionCode() {
		return header.functionCode();
	}

	public String getContactPerson() {
		return header.contactPerson();
	}

	public String getContactPhone() {
		return header.contactPhone();
	}

	public BigDecimal getTotalFunds() {
		return header.totalFunds();
	}

	public BigDecimal getFiscalFunds() {
		return header.fiscalFunds();
	}

	public BigDecimal getOtherFunds() {
		return header.otherFunds();
	}

	public BigDecimal getFiscalUpper() {
		return header.fiscalUpper();
	}

	public BigDecimal getFiscalLocal() {
		return header.fiscalLocal();
	}

	public String getOverallGoal() {
		return header.overallGoal();
	}

	public boolean isSatisfactionNotApplicable() {
		return header.satisfactionNotApplicable();
	}

	public String getSatisfactionReason() {
		return header.satisfactionReason();
	}
}
