package io.jixiao.imports;

import io.jixiao.organizations.Account;
import io.jixiao.targets.Indicator;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TableStatus;
import io.jixiao.targets.TargetTable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators to reuse while drafting: rows of approved and published tables the user may see (they passed review)
 * and rows of the tables the user's unit imported; and last year's approved table of the same project, to fill
 * 上年完成值. Nothing of another unit is offered that its user could not see anyway.
 */
@Service
@Transactional(readOnly = true)
class IndicatorLibrary {

	/** Suggestions returned at most. */
	static final int LIMIT = 30;

	/** Approved tables looked at, newest first. */
	private static final int APPROVED_TABLES = 100;

	private final LibraryEntries entries;

	private final TableService tables;

	private final Clock clock;

	IndicatorLibrary(LibraryEntries entries, TableService tables, Clock clock) {
		this.entries = entries;
		this.tables = tables;
		this.clock = clock;
	}

	/** One suggestion: the row to reuse and where it comes from (a table's project and year, or the import). */
	record Suggestion(String level1, String level2, String name, String value, String basis, String source) {
	}

	/** Keeps the rows of tables just imported as drafts of the account's unit. */
	@Transactional
	void remember(Account account, List<ImportedTable> imported) {
		for (ImportedTable table : imported) {
			LibraryEntry.Source source = table.sheet != null ? LibraryEntry.Source.WORKBOOK
					: table.titled ? LibraryEntry.Source.DOCUMENT : LibraryEntry.Source.TEXT;
			for (ImportedRow row : table.rows) {
				if (!row.name().isEmpty()) {
					entries.save(new LibraryEntry(account.organizationId(), table.id, table.year, source, row,
							clock.instant()));
				}
			}
		}
	}

	/** Suggestions under a level 2 (any when blank) whose name contains the text: reviewed rows first. */
	List<Suggestion> suggest(Account account, String level2, String text) {
		String group = level2 == null ? "" : level2.strip();
		String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		Map<String, Suggestion> found = new LinkedHashMap<>();
		for (TableStatus status : List.of(TableStatus.PUBLISHED, TableStatus.APPROVED)) {
			for (TargetTable table : tables.list(account, null, status, 0, APPROVED_TABLES)) {
				String source = table.getYear() + " " + (table.getProjectName() == null ? "" : table.getProjectName());
				for (Indicator row : table.getIndicators()) {
					if ((group.isEmpty() || group.equals(row.getLevel2()))
							&& row.getName().toLowerCase(Locale.ROOT).contains(needle)) {
						found.putIfAbsent(row.getName() + "\u001F" + row.getValue(), new Suggestion(row.getLevel1(),
								row.getLevel2(), row.getName(), row.getValue(), row.getBasis(), source.strip()));
					}
				}
			}
		}
		for (LibraryEntry entry : entries.offered(account.organizationId(), group, "%" + escape(needle) + "%",
				PageRequest.of(0, LIMIT * 4))) {
			found.putIfAbsent(entry.getName() + "\u001F" + entry.getValue(), new Suggestion(entry.getLevel1(),
					entry.getLevel2(), entry.getName(), entry.getValue(), entry.getBasis(),
					String.valueOf(entry.getYear())));
		}
		return new ArrayList<>(found.values()).subList(0, Math.min(LIMIT, found.size()));
	}

	/** Last year's approved (or published) table of the project the user may see, by its name. */
	LastYear lastYear(Account account, String projectName, int year) {
		if (projectName == null || projectName.isBlank()) {
			return null;
		}
		String key = ImportTexts.key(projectName);
		for (TableStatus status : List.of(TableStatus.PUBLISHED, TableStatus.APPROVED)) {
			for (TargetTable table : tables.list(account, year - 1, status, 0, APPROVED_TABLES)) {
				if (table.getProjectName() != null && ImportTexts.key(table.getProjectName()).equals(key)) {
					Map<String, String> values = new LinkedHashMap<>();
					table.getIndicators().forEach(row -> values.putIfAbsent(row.getName(), row.getValue()));
					return new LastYear(table.getId(), table.getYear(), table.getProjectName(), values);
				}
			}
		}
		return null;
	}

	/** Last year's table and its values by indicator name. */
	record LastYear(long id, int year, String projectName, Map<String, String> values) {
	}

	private static String escape(String text) {
		return text.replace("%", "").replace("_", "");
	}
}
