package io.jixiao.imports;

import io.jixiao.checks.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary list some documents print before their tables (序号, 部门单位, 项目实施单位, 项目名称, 申请预算金额, 合计),
 * checked against the tables read: an amount that disagrees with a table's 年度资金总额, a listed project without a
 * table, a table the list does not name, and a 合计 that is not the sum of the list; and the statement of how many
 * projects and how much money the document lists, checked against the project tables read.
 */
final class SummaryCheck {

	private static final Pattern STATEMENT = Pattern
		.compile("项目共?(\\d+)个[,，;；](?:其中:?)?(?:财政拨款项目)?涉及(?:预算)?金额(\\d[\\d,]*(?:\\.\\d+)?)万元");

	private record Entry(String name, BigDecimal amount, int line) {
	}

	private final Notes notes;

	private final List<ImportedTable> tables;

	SummaryCheck(Notes notes, List<ImportedTable> tables) {
		this.notes = notes;
		this.tables = tables;
	}

	/** Checks the lines before the first table: a summary list, then a statement of count and amount. */
	void check(List<SourceLine> before) {
		list(before);
		statement(before);
	}

	private void list(List<SourceLine> before) {
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

	/** The statement before the tables ("项目 8 个，涉及预算金额 256.25 万元") against the project tables read. */
	private void statement(List<SourceLine> before) {
		int from = Math.max(0, before.size() - 40);
		StringBuilder compact = new StringBuilder();
		for (SourceLine line : before.subList(from, before.size())) {
			compact.append(ImportTexts.fold(ImportTexts.compact(line.text())));
		}
		Matcher matcher = STATEMENT.matcher(compact);
		if (!matcher.find()) {
			return;
		}
		int line = before.subList(from, before.size()).stream()
			.filter(l -> l.text().contains("涉及"))
			.mapToInt(SourceLine::number).findFirst().orElse(before.isEmpty() ? 1 : before.get(before.size() - 1).number());
		int count = Integer.parseInt(matcher.group(1));
		BigDecimal amount = new BigDecimal(matcher.group(2).replace(",", ""));
		List<ImportedTable> projects = tables.stream().filter(t -> t.kind == TableKind.PROJECT).toList();
		if (projects.size() != count) {
			notes.warn(null, line, "imports.warn.statementCount", count, projects.size());
		}
		if (projects.stream().allMatch(t -> t.totalFunds != null)) {
			BigDecimal sum = projects.stream().map(t -> t.totalFunds).reduce(BigDecimal.ZERO, BigDecimal::add);
			if (sum.compareTo(amount) != 0) {
				notes.warn(null, line, "imports.warn.statementAmount", amount, sum);
			}
		}
	}
}
