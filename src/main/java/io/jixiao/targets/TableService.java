package io.jixiao.targets;

import io.jixiao.checks.CheckInput;
import io.jixiao.checks.Finding;
import io.jixiao.checks.RuleSet;
import io.jixiao.checks.RuleSets;
import io.jixiao.checks.TableFormat;
import io.jixiao.checks.TableKind;
import io.jixiao.checks.TableChecker;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.Role;
import io.jixiao.system.ConflictException;
import io.jixiao.system.ForbiddenException;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.NotFoundException;
import io.jixiao.system.Pager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Application service of the targets module: every read and write of a table goes through here, scoped to the user. */
@Service
@Transactional
public class TableService {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TableService.class);

	private final TargetTables tables;
	private final TableVersions versions;
	private final RuleSets ruleSets;
	private final TableChecker checker;
	private final OrganizationDirectory directory;
	private final Clock clock;
	private volatile List<RuleSet> ruleSetCache;

	TableService(TargetTables tables, TableVersions versions, RuleSets ruleSets, TableChecker checker,
			OrganizationDirectory directory, Clock clock) {
		this.tables = tables;
		this.versions = versions;
		this.ruleSets = ruleSets;
		this.checker = checker;
		this.directory = directory;
		this.clock = clock;
	}

	/** Tables this user may see, newest first. */
	@Transactional(readOnly = true)
	public Page<TargetTable> list(Account account, Integer year, TableStatus status, int page, int size) {
		Specification<TargetTable> spec = (root, query, cb) -> cb.conjunction();
		if (year != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("year"), year));
		}
		if (status != null) {
			spec = spec.and(liveStatus(status));
		}
		var units = directory.visibleUnitIds(account);
		if (units.isPresent()) {
			List<Long> ids = units.get();
			spec = spec.and((root, query, cb) -> root.get("unitId").in(ids));
		}
		Page<TargetTable> result = tables.findAll(spec, Pager.request(page, size, Sort.by(Sort.Direction.DESC, "id")));
		// load the rows here (batched), since callers map the tables after the transaction
		result.forEach(TargetTable::getIndicators);
		result.forEach(TargetTable::getAdjustments);
		return result;
	}

	/** Tables of the given units (within what the user may see), e.g. a department's approved tables of a year. */
	@Transactional(readOnly = true)
	public List<TargetTable> find(Account account, java.util.Collection<Long> unitIds, int year, TableStatus status) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		Specification<TargetTable> spec = liveStatus(status).and((root, query, cb) -> cb.and(
				root.get("unitId").in(unitIds), cb.equal(root.get("year"), year)));
		List<TargetTable> found = tables.findAll(spec, Sort.by("id")).stream().filter(t -> maySee(account, t)).toList();
		found.forEach(TargetTable::getIndicators);
		found.forEach(TargetTable::getAdjustments);
		return found;
	}

	/** The latest year with tables of this status among the given units (every unit when null) the user may see. */
	@Transactional(readOnly = true)
	public java.util.Optional<Integer> latestYear(Account account, java.util.Collection<Long> unitIds,
			TableStatus status) {
		var visible = directory.visibleUnitIds(account);
		List<Long> units = unitIds == null ? visible.orElse(null)
				: unitIds.stream().filter(id -> visible.map(v -> v.contains(id)).orElse(true)).toList();
		if (units != null && units.isEmpty()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.ofNullable(units == null ? tables.latestYear(status)
				: tables.latestYear(status, units));
	}

	/** The given tables, as far as the user may see them, by id (one query: no transaction of its own, as {@link #get}). */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public java.util.Map<Long, TargetTable> byIds(Account account, java.util.Collection<Long> ids) {
		java.util.Map<Long, TargetTable> found = new java.util.HashMap<>();
		for (TargetTable table : tables.findAllById(ids)) {
			if (maySee(account, table)) {
				found.put(table.getId(), table);
			}
		}
		return found;
	}

	/** One table with its rows: 404 when missing, 403 when it belongs to a unit the user may not see. */
	// one query, so no transaction of its own: on MySQL a read-only transaction adds three statements at the server
	// (SET autocommit=0, COMMIT, SET autocommit=1); inside a caller's transaction it joins that one
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public TargetTable get(Account account, long id) {
		return checked(account, tables.findWithRows(id), id);
	}

	/**
	 * One table as {@link #get} checks it, its indicator rows not read yet: for a transition, which changes only the
	 * table's state (the rows load on first use inside the caller's transaction).
	 */
	@Transactional(readOnly = true)
	public TargetTable head(Account account, long id) {
		return checked(account, tables.findById(id), id);
	}

	/** One table as the process itself reads it (a reminder timer), with no user to check. */
	@Transactional(readOnly = true)
	public TargetTable system(long id) {
		return tables.findById(id).orElseThrow(() -> new NotFoundException("table " + id));
	}

	private TargetTable checked(Account account, java.util.Optional<TargetTable> found, long id) {
		TargetTable table = found.orElseThrow(() -> new NotFoundException("table " + id));
		if (!maySee(account, table)) {
			throw new ForbiddenException("error.forbidden");
		}
		// an adjusted table's adjustments are read here, as callers show them after the transaction (none read else)
		table.getAdjustments();
		return table;
	}

	/** Whether the account may see this table: its unit's, or a department reviewer's units', or everyone's. */
	public boolean maySee(Account account, TargetTable table) {
		return directory.maySee(account, table.getUnitId(), unitParentId(table));
	}

	/** The organization above the table's unit (its department, if any), read with the table where possible. */
	Long unitParentId(TargetTable table) {
		if (table.getUnitName() != null) {
			return table.getUnitParentId();
		}
		// a table created in this transaction was not read back, so its unit's columns are not there
		Organization parent = directory.get(table.getUnitId()).getParent();
		return parent == null ? null : parent.getId();
	}

	/**
	 * Published tables (公开 and 不予公开 alike) of a year, or of every year when {@code year} is null, oldest first.
	 * Not scoped to a user: for the public pages, which must leave withheld tables out themselves.
	 */
	@Transactional(readOnly = true)
	public List<TargetTable> findPublishedTables(Integer year) {
		Specification<TargetTable> spec = (root, query, cb) -> cb.equal(root.get("status"), TableStatus.PUBLISHED);
		if (year != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("year"), year));
		}
		return tables.findAll(spec, Sort.by("id"));
	}

	/**
	 * Id and status of at most {@code size} tables with an id above {@code afterId}, in id order: every table, one
	 * chunk after the other, for checks over all tables. Not scoped to a user: callers check access.
	 */
	@Transactional(readOnly = true)
	public List<TableState> statesAfter(long afterId, int size) {
		return tables.statesAfter(afterId, PageRequest.of(0, size));
	}

	/** A new draft in the lead's own unit, under the rule set of its year. */
	public TargetTable create(Account account, TableKind kind, int year, TableContent content) {
		requireLead(account);
		RuleSet ruleSet = ruleSetFor(year);
		TargetTable table = tables.saveAndFlush(new TargetTable(kind, ruleSet.getFormat(), year, ruleSet.getId(),
				account.organizationId(), account.actor(), null, content, clock.instant()));
		logChange(account, "CREATE", table);
		return table;
	}

	/** Replaces a draft's content when the caller edited the current version; 409 otherwise, nothing changed. */
	public TargetTable update(Account account, long id, long version, TableContent content) {
		TargetTable table = get(account, id);
		requireDrafter(account, table);
		if (table.getVersion() != version) {
			throw new ConflictException("error.staleVersion");
		}
		table.replaceContent(content, account.actor(), clock.instant());
		TargetTable saved = tables.saveAndFlush(table);
		logChange(account, "UPDATE", saved);
		return saved;
	}

	/**
	 * Copies a table into a new draft of another year: header and indicators carried over, 上年完成值 left for
	 * the drafter (last year's targets are not last year's actuals); 2020-format levels mapped to the current frame.
	 */
	public TargetTable copyToYear(Account account, long sourceId, int year) {
		TargetTable source = get(account, sourceId);
		requireDrafter(account, source);
		RuleSet ruleSet = ruleSetFor(year);
		List<Indicator> rows = new ArrayList<>();
		for (Indicator row : source.getIndicators()) {
			String[] levels = source.getFormat() == ruleSet.getFormat() ? new String[] { row.getLevel1(), row.getLevel2() }
					: LevelMapping.toFormat(ruleSet.getFormat(), row.getLevel1(), row.getLevel2());
			rows.add(new Indicator(levels[0], levels[1], row.getName(), row.getValue(), row.getBasis(), null,
					row.getWeight(), row.getScoringRule(), row.getEvidence(), null));
		}
		TableContent content = source.content();
		TableContent copied = new TableContent(content.projectName(), content.projectLead(), content.implementingUnit(),
				content.functionCode(), content.contactPerson(), content.contactPhone(), content.totalFunds(),
				content.fiscalFunds(), content.otherFunds(), content.fiscalUpper(), content.fiscalLocal(),
				content.overallGoal(), content.satisfactionNotApplicable(), content.satisfactionReason(), rows);
		TargetTable table = tables.saveAndFlush(new TargetTable(source.getKind(), ruleSet.getFormat(), year,
				ruleSet.getId(), source.getUnitId(), account.actor(), source.getId(), copied, clock.instant()));
		logChange(account, "COPY", table);
		return table;
	}

	/**
	 * Writes a state change of the aggregate now, so that of two concurrent transitions the second fails here, on
	 * the table's version, before it touches anything else; publishes the events the transition recorded.
	 */
	public TargetTable saveTransition(TargetTable table) {
		return tables.saveAndFlush(table);
	}

	/** Stores the immutable snapshot of a table just submitted, under the number its submission gave it. */
	public TableVersion snapshot(TargetTable table, long userId) {
		return versions.save(new TableVersion(table.getId(), table.getLatestVersion(), userId, clock.instant(),
				table.content()));
	}

	/** The submitted versions of a table the user may see, oldest first (their rows are not read). */
	@Transactional(readOnly = true)
	public List<TableVersion> versions(Account account, long tableId) {
		return versions.findByTableIdOrderByNumber(head(account, tableId).getId());
	}

	/** The difference between two submitted versions of a table the user may see. */
	@Transactional(readOnly = true)
	public TableDiff diff(Account account, long tableId, int from, int to) {
		return diff(get(account, tableId), from, to);
	}

	/** The difference between two submitted versions of a table already read through {@link #get}. */
	@Transactional(readOnly = true)
	public TableDiff diff(TargetTable table, int from, int to) {
		java.util.Map<Integer, TableVersion> found = new java.util.HashMap<>();
		versions.findWithRows(table.getId(), List.of(from, to)).forEach(v -> found.put(v.getNumber(), v));
		if (!found.containsKey(from) || !found.containsKey(to)) {
			throw new NotFoundException("version " + (found.containsKey(from) ? to : from));
		}
		TableVersion a = found.get(from);
		TableVersion b = found.get(to);
		return TableDiff.of(a, b);
	}

	/**
	 * Tables whose live status is the given one: an open adjustment's progress, else the table's own status (which
	 * an open adjustment leaves at the status in force).
	 */
	private static Specification<TargetTable> liveStatus(TableStatus status) {
		return (root, query, cb) -> switch (status) {
			case DRAFT, REJECTED -> cb.equal(root.get("status"), status);
			case ADJUSTING -> cb.equal(root.get("adjustmentStatus"), status);
			case APPROVED, PUBLISHED -> cb.and(cb.equal(root.get("status"), status),
					cb.isNull(root.get("adjustmentStatus")));
			case DEPT_REVIEW, FINANCE_REVIEW, RETURNED -> cb.or(cb.equal(root.get("adjustmentStatus"), status),
					cb.and(cb.equal(root.get("status"), status), cb.isNull(root.get("adjustmentStatus"))));
		};
	}

	/** The rule findings of a stored table. */
	@Transactional(readOnly = true)
	public List<Finding> check(TargetTable table) {
		return check(table, table.content());
	}

	/** The rule findings of an edited, not yet saved variant of a table (shown beside the form while drafting). */
	@Transactional(readOnly = true)
	public List<Finding> check(TargetTable table, TableContent content) {
		return check(table.getKind(), table.getFormat(), table.getYear(), unitName(table),
				ruleSet(table.getRuleSetId()), content);
	}

	/** The rule findings of a table about to be created. */
	@Transactional(readOnly = true)
	public List<Finding> checkNew(Account account, TableKind kind, int year, TableContent content) {
		RuleSet ruleSet = ruleSetFor(year);
		return check(kind, ruleSet.getFormat(), year, unitName(account.organizationId()), ruleSet, content);
	}

	@Transactional(readOnly = true)
	public RuleSet ruleSetFor(int year) {
		return allRuleSets().stream().filter(r -> r.getYear() == year).findFirst()
			.orElseThrow(() -> new InvalidInputException("table.noRuleSet", year));
	}

	@Transactional(readOnly = true)
	public RuleSet ruleSet(long id) {
		return allRuleSets().stream().filter(r -> r.getId() == id).findFirst()
			.orElseThrow(() -> new NotFoundException("rule set " + id));
	}

	// rule sets are reference data fixed by migrations: read once per node
	private List<RuleSet> allRuleSets() {
		List<RuleSet> all = ruleSetCache;
		if (all == null) {
			all = List.copyOf(ruleSets.findAll());
			ruleSetCache = all;
		}
		return all;
	}

	/** Name of the budget unit a table belongs to. */
	@Transactional(readOnly = true)
	public String unitName(long unitId) {
		return directory.get(unitId).getName();
	}

	/** Name of the table's budget unit, as read with the table (looked up for a table created just now). */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public String unitName(TargetTable table) {
		return table.getUnitName() != null ? table.getUnitName() : unitName(table.getUnitId());
	}

	/** The display name of a user, e.g. who submitted a version. */
	@Transactional(readOnly = true)
	public String personName(long userId) {
		return directory.person(userId).map(OrganizationDirectory.Person::displayName).orElse("");
	}

	/** Whether this account may change the table now (its unit's lead, while editable). */
	public boolean mayEdit(Account account, TargetTable table) {
		return account.isLeadOf(table.getUnitId())
				&& table.getStatus().isEditable();
	}

	private List<Finding> check(TableKind kind, TableFormat format, int year, String unitName, RuleSet ruleSet,
			TableContent content) {
		List<CheckInput.Row> rows = content.indicators().stream()
			.map(i -> new CheckInput.Row(i.getLevel1(), i.getLevel2(), i.getName(), i.getValue(), i.getBasis(),
					i.getLastYearValue(), i.getWeight(), i.getScoringRule(), i.getEvidence()))
			.toList();
		CheckInput input = new CheckInput(kind, format, year, unitName, content.projectName(),
				content.projectLead(), content.implementingUnit(), content.contactPerson(), content.contactPhone(),
				content.totalFunds(), content.fiscalFunds(), content.otherFunds(), content.fiscalUpper(),
				content.fiscalLocal(), content.overallGoal(), content.satisfactionNotApplicable(),
				content.satisfactionReason(), rows);
		return checker.check(input, ruleSet);
	}

	private static void logChange(Account account, String action, TargetTable table) {
		log.info("table {} {} by {} (version {})", table.getId(), action, account.getUsername(), table.getVersion());
	}

	private static void requireLead(Account account) {
		if (!account.hasRole(Role.LEAD)) {
			throw new ForbiddenException("table.leadOnly");
		}
	}

	static void requireDrafter(Account account, TargetTable table) {
		requireLead(account);
		if (account.organizationId() != table.getUnitId()) {
			throw new ForbiddenException("error.forbidden");
		}
	}
}
