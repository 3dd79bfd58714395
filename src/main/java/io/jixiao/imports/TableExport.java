package io.jixiao.imports;

import io.jixiao.targets.TargetTable;

/** A stored table in the shape the import reads and the template writes. */
final class TableExport {

	private TableExport() {
	}

	static ImportedTable of(TargetTable t, String unitName) {
		ImportedTable table = new ImportedTable();
		table.kind = t.getKind();
		table.format = t.getFormat();
		table.year = t.getYear();
		table.budgetUnit = unitName;
		table.projectName = t.getProjectName();
		table.projectLead = t.getProjectLead();
		table.implementingUnit = t.getImplementingUnit();
		table.contactPerson = t.getContactPerson();
		table.contactPhone = t.getContactPhone();
		table.totalFunds = t.getTotalFunds();
		table.fiscalFunds = t.getFiscalFunds();
		table.otherFunds = t.getOtherFunds();
		table.fiscalUpper = t.getFiscalUpper();
		table.fiscalLocal = t.getFiscalLocal();
		table.overallGoal = t.getOverallGoal();
		table.id = t.getId();
		t.getIndicators().forEach(i -> table.rows.add(new ImportedRow(i.getLevel1(), i.getLevel2(), i.getName(),
				i.getValue(), i.getBasis(), i.getLastYearValue(), i.getWeight(), i.getScoringRule(), i.getEvidence(), 0)));
		return table;
	}
}
