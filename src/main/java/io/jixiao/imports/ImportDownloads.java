package io.jixiao.imports;

import io.jixiao.checks.TableKind;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.Role;
import io.jixiao.system.Downloads;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TargetTable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The workbooks users download: empty templates (one table or a batch) and stored tables in the template. */
@Component
class ImportDownloads {

	/** Sheets of the batch template: project tables and one unit table. */
	private static final int BATCH_PROJECTS = 3;

	private final WorkbookWriter writer;

	private final TableService tables;

	private final MessageSource messages;

	private final Clock clock;

	ImportDownloads(WorkbookWriter writer, TableService tables, MessageSource messages, Clock clock) {
		this.writer = writer;
		this.tables = tables;
		this.messages = messages;
		this.clock = clock;
	}

	ResponseEntity<byte[]> template(Account account, TableKind kind) {
		return Downloads.xlsx(text("imports.file.template." + kind.name()), writer.write(List.of(empty(account, kind))));
	}

	ResponseEntity<byte[]> batchTemplate(Account account) {
		List<ImportedTable> sheets = new ArrayList<>();
		for (int i = 0; i < BATCH_PROJECTS; i++) {
			sheets.add(empty(account, TableKind.PROJECT));
		}
		sheets.add(empty(account, TableKind.UNIT));
		return Downloads.xlsx(text("imports.file.batch"), writer.write(sheets));
	}

	ResponseEntity<byte[]> table(Account account, long id) {
		TargetTable table = tables.get(account, id);
		ImportedTable export = TableExport.of(table, tables.unitName(table));
		return Downloads.xlsx(text("imports.file.table", export.title(), table.getYear()), writer.write(List.of(export)));
	}

	ResponseEntity<byte[]> tablesOfYear(Account account, int year) {
		List<ImportedTable> exports = tables.list(account, year, null, 0, ImportService.MAX_TABLES).getContent().stream()
			.map(t -> TableExport.of(t, tables.unitName(t)))
			.toList();
		return Downloads.xlsx(text("imports.file.year", year), writer.write(exports));
	}

	private ImportedTable empty(Account account, TableKind kind) {
		ImportedTable table = new ImportedTable();
		table.kind = kind;
		table.year = LocalDate.now(clock).getYear() + 1;
		table.budgetUnit = account.hasRole(Role.LEAD) ? account.organizationName() : null;
		return table;
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}
}
