package io.jixiao.targets;

import io.jixiao.organizations.Account;
import io.jixiao.system.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The adjustment (绩效目标调整) of an approved table: opened, cancelled or refused, its content in force kept. */
@Service
public class TableAdjustments {

	private final TargetTables tables;
	private final TableVersions versions;
	private final Clock clock;

	TableAdjustments(TargetTables tables, TableVersions versions, Clock clock) {
		this.tables = tables;
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

	private TableContent contentInForce(TargetTable table) {
		int number = table.getApprovedVersion();
		return versions.findWithRows(table.getId(), List.of(number)).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("version " + number)).content();
	}
}
