package io.jixiao.imports;

import io.jixiao.checks.TableKind;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.context.MessageSource;

/**
 * The header block of a template sheet: recognizes its labels (the template's own, from the bundle, and those of the
 * official layout) and the title naming the kind, and reads the value cell next to each label into the table.
 */
final class WorkbookHeader {

	private final Map<String, TemplateField> labels = new HashMap<>();

	private final Map<String, TableKind> kinds = new HashMap<>();

	WorkbookHeader(MessageSource messages) {
		for (TemplateField field : TemplateField.values()) {
			labels.put(ImportTexts.key(messages.getMessage(field.labelCode(), null, Locale.SIMPLIFIED_CHINESE)), field);
		}
		// the labels of the official layout mean the same
		Map<String, TemplateField> aliases = Map.ofEntries(Map.entry("年度", TemplateField.YEAR),
				Map.entry("预算单位", TemplateField.BUDGET_UNIT), Map.entry("单位名称", TemplateField.BUDGET_UNIT),
				Map.entry("项目名称", TemplateField.PROJECT_NAME), Map.entry("项目负责人", TemplateField.PROJECT_LEAD),
				Map.entry("项目实施单位", TemplateField.IMPLEMENTING_UNIT), Map.entry("单位联系人", TemplateField.CONTACT),
				Map.entry("联系电话", TemplateField.PHONE), Map.entry("年度资金总额", TemplateField.TOTAL),
				Map.entry("年度资金总额(万元)", TemplateField.TOTAL), Map.entry("财政拨款", TemplateField.FISCAL),
				Map.entry("其中:财政拨款", TemplateField.FISCAL), Map.entry("上级安排", TemplateField.UPPER),
				Map.entry("本级安排", TemplateField.LOCAL), Map.entry("其他资金", TemplateField.OTHER),
				Map.entry("总体目标", TemplateField.GOAL), Map.entry("年度绩效目标", TemplateField.GOAL));
		aliases.forEach(labels::putIfAbsent);
		for (TableKind kind : TableKind.values()) {
			kinds.put(ImportTexts.key(messages.getMessage("imports.template.title." + kind.name(), null,
					Locale.SIMPLIFIED_CHINESE)), kind);
			kinds.put(kind.name(), kind);
		}
	}

	/** Whether a cell's text is the label of the kind field, which only the template has. */
	boolean isKindLabel(String text) {
		return labels.get(ImportTexts.key(text)) == TemplateField.KIND;
	}

	/** Reads the labelled rows above the column header into the table; a wrong value is an error at its cell. */
	void read(Sheet sheet, int headerRow, ImportedTable t, SheetCells cells) {
		for (int r = 0; r < headerRow; r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Cell labelCell = SheetCells.firstCell(row);
			if (labelCell == null) {
				continue;
			}
			String label = ImportTexts.key(cells.text(labelCell));
			TableKind titleKind = kinds.get(label);
			if (titleKind != null) {
				t.kind = titleKind;
				continue;
			}
			TemplateField field = labels.get(label);
			if (field == null) {
				continue;
			}
			Cell valueCell = row.getCell(labelCell.getColumnIndex() + 1);
			String value = valueCell == null ? "" : cells.text(valueCell).strip();
			switch (field) {
				case KIND -> {
					TableKind kind = kinds.get(ImportTexts.key(value));
					if (kind == null && !value.isEmpty()) {
						cells.error(valueCell, "imports.error.cellKind", value);
					}
					t.kind = kind == null ? t.kind : kind;
				}
				case YEAR -> {
					BigDecimal year = cells.number(valueCell, field.labelCode());
					if (year != null && (year.scale() > 0 && year.stripTrailingZeros().scale() > 0
							|| year.intValue() < 2000 || year.intValue() > 2100)) {
						cells.error(valueCell, "imports.error.cellYear", value);
					}
					else if (year != null) {
						t.year = year.intValue();
					}
				}
				case BUDGET_UNIT -> t.budgetUnit = ImportTexts.optional(value);
				case PROJECT_NAME -> t.projectName = ImportTexts.optional(value);
				case PROJECT_LEAD -> t.projectLead = ImportTexts.optional(value);
				case IMPLEMENTING_UNIT -> t.implementingUnit = ImportTexts.optional(value);
				case CONTACT -> t.contactPerson = ImportTexts.optional(value);
				case PHONE -> t.contactPhone = ImportTexts.optional(value);
				case TOTAL -> t.totalFunds = cells.amount(valueCell, field.labelCode());
				case FISCAL -> t.fiscalFunds = cells.amount(valueCell, field.labelCode());
				case UPPER -> t.fiscalUpper = cells.amount(valueCell, field.labelCode());
				case LOCAL -> t.fiscalLocal = cells.amount(valueCell, field.labelCode());
				case OTHER -> t.otherFunds = cells.amount(valueCell, field.labelCode());
				case GOAL -> t.overallGoal = ImportTexts.optional(value);
			}
		}
	}
}
