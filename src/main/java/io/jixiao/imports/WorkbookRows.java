package io.jixiao.imports;

import io.jixiao.checks.TableFormat;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The indicator part of a template sheet: finds each column by its title (the layout follows from whether a weight
 * column is there), then reads every row below, carrying level 1 and 2 down over merged or empty cells.
 */
final class WorkbookRows {

	private WorkbookRows() {
	}

	/** Reads the rows under the column header at {@code headerRow} into the table. */
	static void read(Sheet sheet, int headerRow, ImportedTable t, SheetCells cells) {
		Row header = sheet.getRow(headerRow);
		Map<Role, Integer> columns = new EnumMap<>(Role.class);
		for (Cell cell : header) {
			String title = ImportTexts.key(cells.text(cell));
			if (title.isEmpty()) {
				continue;
			}
			Role role = Vocabulary.COLUMNS.get(title);
			if (role == null || role == Role.LABEL) {
				cells.warning(cell, "imports.warn.unknownColumn", cells.text(cell));
				continue;
			}
			columns.putIfAbsent(role, cell.getColumnIndex());
		}
		for (Role required : List.of(Role.NAME, Role.VALUE)) {
			if (!columns.containsKey(required)) {
				cells.error(header.getCell(header.getFirstCellNum()), "imports.error.columnMissing",
						"imports.column." + required.name());
			}
		}
		t.format = columns.containsKey(Role.WEIGHT) ? TableFormat.CURRENT : TableFormat.Y2020;
		String level1 = "";
		String level2 = "";
		for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || cells.rowText(row).isBlank()) {
				continue;
			}
			Map<Role, String> values = new EnumMap<>(Role.class);
			for (Map.Entry<Role, Integer> column : columns.entrySet()) {
				if (column.getKey() == Role.WEIGHT) {
					continue;
				}
				Cell cell = row.getCell(column.getValue());
				values.put(column.getKey(), cell == null ? "" : cells.text(cell).strip());
			}
			String ownLevel1 = values.getOrDefault(Role.LEVEL1, "");
			String ownLevel2 = values.getOrDefault(Role.LEVEL2, "");
			if (!ownLevel1.isEmpty() && !ownLevel1.equals(level1)) {
				level2 = "";
			}
			level1 = ownLevel1.isEmpty() ? level1 : ownLevel1;
			level2 = ownLevel2.isEmpty() ? level2 : ownLevel2;
			if (ownLevel1.isEmpty() || ownLevel2.isEmpty()) {
				cells.tally(r + 1, "imports.warn.mergedCells");
			}
			BigDecimal weight = null;
			if (columns.containsKey(Role.WEIGHT)) {
				Cell cell = row.getCell(columns.get(Role.WEIGHT));
				weight = cells.number(cell, "imports.column.WEIGHT");
				if (weight != null && (weight.signum() < 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0
						|| weight.stripTrailingZeros().scale() > 2)) {
					cells.error(cell, "imports.error.cellWeight", weight.toPlainString());
					weight = null;
				}
			}
			String name = values.getOrDefault(Role.NAME, "");
			String value = values.getOrDefault(Role.VALUE, "");
			if (name.isEmpty()) {
				cells.error(row.getCell(columns.getOrDefault(Role.NAME, 0)), "imports.error.cellMissing",
						"imports.column.NAME");
			}
			if (value.isEmpty()) {
				cells.warning(r + 1, columns.getOrDefault(Role.VALUE, 0), "imports.warn.valueMissing", name);
			}
			t.rows.add(new ImportedRow(level1, level2, name, value, ImportTexts.optional(values.get(Role.BASIS)),
					ImportTexts.optional(values.get(Role.LAST_YEAR)), weight, ImportTexts.optional(values.get(Role.SCORING)),
					ImportTexts.optional(values.get(Role.EVIDENCE)), r + 1));
		}
	}
}
