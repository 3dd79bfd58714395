package io.jixiao.targets;

import io.jixiao.organizations.Account;
import io.jixiao.system.NotFoundException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The version in force of approved tables and its adjustment (绩效目标调整): opened, cancelled or refused, the content
 * in force kept.
 */
@Service
public class TableAdjustments {

	private final TargetTables tables;
	private final TableVersions versions;
	private final TableService service;
	private final Clock clock;

	TableAdjustments(TargetTables tables, TableVersions versions, TableService service, Clock clock) {
		this.tables = tables;
		this.service = service;
		this.versions = versions;
		this.clock = clock;
	}

	/** Opens an adjustment of an approved or published table of the lead's own unit, with its reason. */
	public TargetTable open(Account account, TargetTable table, String reason) {
		TableService.requireDrafter(account, table);
		table.openAdjustment(reason, account.actor(), clock.instant());
		return tables.saveAndFlush(table);
	}

	/** Cancels the table's open adjustment before a decision: back to the status and the content in force. */
	public TargetTable cancel(Account account, TargetTable table) {
		TableService.requireDrafter(account, table);
		table.cancelAdjustment(contentInForce(table), account.actor(), clock.instant());
		return tables.saveAndFlush(table);
	}

	/** Puts the version in force back as the content of a table whose adjustment finance refused (差). */
	public void restoreInForce(TargetTable table) {
		table.restore(contentInForce(table), clock.instant());
	}

	/**
	 * The version in force of every table of a year that was approved (and whatever followed: published, or under
	 * adjustment, keeps its approved version in force), oldest table first. Not scoped to a user: callers are finance.
	 */
	@Transactional(readOnly = true)
	public List<VersionInForce> versionsInForce(int year) {
		return versionsInForce(year, Set.of());
	}

	/** The same, without the tables named in {@code except} (whose rows are then not read at all). */
	@Transactional(readOnly = true)
	public List<VersionInForce> versionsInForce(int year, Set<Long> except) {
		Map<Long, TargetTable> approved = new HashMap<>();
		tables.findAll((root, query, cb) -> cb.and(cb.equal(root.get("year"), year),
				cb.isNotNull(root.get("approvedVersion")))).forEach(t -> approved.put(t.getId(), t));
		approved.keySet().removeAll(except);
		if (approved.isEmpty()) {
			return List.of();
		}
		return versions.findApprovedWithRows(approved.keySet()).stream()
			.sorted(Comparator.comparingLong(TableVersion::getTableId))
			.map(v -> {
				TargetTable t = approved.get(v.getTableId());
				return new VersionInForce(t.getId(), t.getUnitId(), service.unitParentId(t), t.getKind(), t.getFormat(),
						v.getNumber(), v.content());
			})
			.toList();
	}

	private TableContent contentInForce(TargetTable table) {
		int number = table.getApprovedVersion();
		return versions.findWithRows(table.getId(), List.of(number)).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("version " + number)).content();
	}
}
