package io.jixiao.imports;

import io.jixiao.checks.TableKind;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.Role;
import io.jixiao.system.ForbiddenException;
import io.jixiao.system.InvalidInputException;
import io.jixiao.targets.Indicator;
import io.jixiao.targets.IndicatorOrder;
import io.jixiao.targets.TableContent;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TargetTable;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports tables: reads the uploads, notes what the reader of a document would doubt, and with {@code save} turns
 * every table into a draft of the lead's unit in one transaction, or none of them when anything is in error.
 * Administrators belong to no budget unit, so they may only preview an import.
 */
@Service
class ImportService {

	/** Files of one upload. */
	static final int MAX_FILES = 20;

	/** Tables of one upload. */
	static final int MAX_TABLES = 500;

	private final TableService tables;
	private final ApplicationEventPublisher events;

	private final WorkbookReader workbooks;

	private final TransactionTemplate transaction;

	private final IndicatorLibrary library;

	ImportService(ApplicationEventPublisher events, TableService tables, WorkbookReader workbooks, IndicatorLibrary library,
			PlatformTransactionManager transactions) {
		this.tables = tables;
		this.events = events;
		this.workbooks = workbooks;
		this.library = library;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** What an import read and, unless it was a preview or had errors, saved (the tables then carry their ids). */
	record Result(List<ImportedTable> tables, Notes notes, boolean saved) {
	}

	/** Who may import: a lead (own unit), or an administrator who previews. Checked before anything is read. */
	void authorize(Account account, boolean dryRun) {
		if (account.hasRole(Role.LEAD)) {
			return;
		}
		if (account.hasRole(Role.ADMIN)) {
			if (!dryRun) {
				throw new ForbiddenException("imports.adminPreviewOnly");
			}
			return;
		}
		throw new ForbiddenException("imports.leadOnly");
	}

	/** Told how far an import got: files read, then tables saved. */
	interface Progress {

		Progress NONE = (phase, done, total) -> {
		};

		void at(Phase phase, int done, int total);
	}

	/** The two parts of an import. */
	enum Phase {
		READING, SAVING
	}

	/** Reads, checks and, unless {@code dryRun}, saves. */
	Result run(Account account, List<Upload> uploads, boolean dryRun) {
		return run(account, uploads, dryRun, null, Progress.NONE);
	}

	/** As {@link #run(Account, List, boolean)}; text that states no year takes {@code year} when given. */
	Result run(Account account, List<Upload> uploads, boolean dryRun, Integer year, Progress progress) {
		authorize(account, dryRun);
		Result read = read(uploads, year, progress);
		List<ImportedTable> found = read.tables();
		Notes notes = read.notes();
		if (account.hasRole(Role.LEAD)) {
			for (int i = 0; i < found.size(); i++) {
				ImportedTable table = found.get(i);
				if (table.budgetUnit != null
						&& !ImportTexts.key(table.budgetUnit).equals(ImportTexts.key(account.organizationName()))) {
					notes.warn(i + 1, table.line, "imports.warn.otherUnit", table.budgetUnit, account.organizationName());
				}
			}
		}
		for (int i = 0; i < found.size(); i++) {
			ImportedTable table = found.get(i);
			if (table.year != null && !hasRuleSet(table.year)) {
				notes.error(i + 1, table.line, "imports.error.noRuleSet", table.year);
			}
		}
		notes.sort();
		if (dryRun || notes.hasErrors()) {
			return new Result(found, notes, false);
		}
		transaction.executeWithoutResult(status -> {
			int done = 0;
			for (ImportedTable table : found) {
				progress.at(Phase.SAVING, done++, found.size());
				TargetTable draft = tables.create(account, table.kind, table.year, content(table));
				table.id = draft.getId();
				events.publishEvent(new TableImported(draft.getId(), table.line, table.budgetUnit,
						draft.getIndicators().size(), account.actor()));
			}
			library.remember(account, found);
		});
		return new Result(found, notes, true);
	}

	/** Reads every upload in order; tables are numbered across files. */
	Result read(List<Upload> uploads, Integer year, Progress progress) {
		if (uploads.isEmpty()) {
			throw new InvalidInputException("imports.error.empty");
		}
		if (uploads.size() > MAX_FILES) {
			throw new InvalidInputException("imports.error.tooManyFiles", MAX_FILES);
		}
		List<ImportedTable> all = new ArrayList<>();
		Notes notes = new Notes();
		for (Upload upload : uploads) {
			progress.at(Phase.READING, uploads.indexOf(upload), uploads.size());
			DisclosureParser.Result result = switch (upload.type()) {
				case WORKBOOK -> workbooks.read(upload);
				case TEXT -> text(upload, year);
			};
			notes.addAll(result.notes(), all.size());
			all.addAll(result.tables());
		}
		if (all.size() > MAX_TABLES) {
			throw new InvalidInputException("imports.error.tooManyTables", all.size(), MAX_TABLES);
		}
		// the preview shows the rows as the draft will hold them
		for (ImportedTable table : all) {
			List<ImportedRow> ordered = IndicatorOrder.of(table.kind, table.format)
				.sorted(table.rows, ImportedRow::level1, ImportedRow::level2);
			table.rows.clear();
			table.rows.addAll(ordered);
		}
		return new Result(all, notes, false);
	}

	private static DisclosureParser.Result text(Upload upload, Integer year) {
		TextDecoder.Decoded decoded = TextDecoder.decode(upload.bytes());
		DisclosureParser.Result result = DisclosureParser.parse(decoded.text(), year);
		if (decoded.legacyCharset() != null) {
			result.notes().warn(null, null, "imports.warn.encoding", decoded.legacyCharset());
		}
		return result;
	}

	private boolean hasRuleSet(int year) {
		try {
			tables.ruleSetFor(year);
			return true;
		}
		catch (InvalidInputException e) {
			return false;
		}
	}

	static TableContent content(ImportedTable t) {
		List<Indicator> rows = t.rows.stream()
			.map(r -> new Indicator(r.level1(), r.level2(), r.name(), r.value(), r.basis(), r.lastYearValue(),
					r.weight(), r.scoringRule(), r.evidence(), null))
			.toList();
		String projectName = t.kind == TableKind.UNIT ? null : t.projectName;
		return new TableContent(projectName, t.projectLead, t.implementingUnit, null, t.contactPerson, t.contactPhone,
				t.totalFunds, t.fiscalFunds, t.otherFunds, t.fiscalUpper, t.fiscalLocal, t.overallGoal, false, null,
				rows);
	}
}
