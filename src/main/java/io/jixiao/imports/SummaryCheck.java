package io.jixiao.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary list some documents print before their tables (序号, 部门单位, 项目实施单位, 项目名称, 申请预算金额, 合计),
 * checked against the tables read: an amount that disagrees with a table's 年度资金总额, a listed project without a
 * table, a table the list does not name, and a 合计 that is not the sum of the list.
 */
final class SummaryCheck {

	private record Entry(String name, BigDecimal amount, int line) {
	}

	private final Notes notes;

	private final List<ImportedTable> tables;

	SummaryCheck(Notes notes, List<ImportedTable> tables) {
		this.notes = notes;
		this.tables = tables;
	}

	void check(List<SourceLine> before) {
		int nameColumn = -1;
		int amountColumn = -1;
		int headerAt = -1;
		for (int i = 0; i < before.size() && headerAt < 0; i++) {
			for (Aligner.Cell cell : before.get(i).cells()) {
				String key = ImportTexts.key(cell.text());
				if (key.equals("项目名称")) {
					nameColumn = cell.position();
				}
				else if (key.endsWith("金额") || key.endsWith("金额(万元)")) {
					amountColumn = cell.position();
				}
			}
			if (nameColumn >= 0 && amountColumn >= 0 && before.get(i).isTabbed()) {
				headerAt = i;
			}
			else {
				nameColumn = -1;
				amountColumn = -1;
			}
		}
		if (headerAt < 0) {
			return;
		}
		List<Entry> entries = new ArrayList<>();
		BigDecimal stated = null;
		int statedLine = 0;
		for (SourceLine line : before.subList(headerAt + 1, before.size())) {
			if (line.isBlank()) {
				continue;
			}
			if (!line.isTabbed()) {
				break;
			}
			String[] cells = line.text().split("\t", -1);
			String first = ImportTexts.key(cells[0]);
			BigDecimal amount = amountColumn < cells.length ? ImportTexts.amount(cells[amountColumn]) : null;
			if (first.equals("合计") || first.equals("总计")) {
				stated = amount;
				statedLine = line.number();
			}
			else if (nameColumn < cells.length && !cells[nameColumn].isBlank() && amount != null) {
				entries.add(new Entry(cells[nameColumn].strip(), amount, line.number()));
			}
		}
		if (entries.isEmpty()) {
			return;
		}
		BigDecimal sum = entries.stream().map(Entry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (stated != null && stated.compareTo(sum) != 0) {
			notes.warn(null, statedLine, "imports.warn.summaryTotal", stated, sum);
		}
		List<ImportedTable> named = new ArrayList<>();
		for (Entry entry : entries) {
			ImportedTable table = tables.stream()
				.filter(t -> t.projectName != null && ImportTexts.key(t.projectName).equals(ImportTexts.key(entry.name())))
				.findFirst().orElse(null);
			if (table == null) {
				notes.warn(null, entry.line(), "imports.warn.summaryWithoutTable", entry.name());
				continue;
			}
			named.add(table);
			if (table.totalFunds != null && table.totalFunds.compareTo(entry.amount()) != 0) {
				notes.warn(tables.indexOf(table) + 1, table.line, "imports.warn.summaryAmount", entry.name(),
						entry.amount(), entry.line(), table.totalFunds);
			}
		}
		for (ImportedTable table : tables) {
			if (!named.contains(table) && table.projectName != null) {
				notes.warn(tables.indexOf(table) + 1, table.line, "imports.warn.notInSummary", table.projectName);
			}
		}
	}
}
