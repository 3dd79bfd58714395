package io.jixiao.imports;

import java.util.List;

/** The header block of the workbook template, one field per row: label in column A, value in column B. */
enum TemplateField {

	KIND, YEAR, BUDGET_UNIT, PROJECT_NAME, PROJECT_LEAD, IMPLEMENTING_UNIT, CONTACT, PHONE, TOTAL, FISCAL, UPPER,
	LOCAL, OTHER, GOAL;

	/** The indicator columns of the template, in order. */
	static final List<Role> COLUMNS = List.of(Role.LEVEL1, Role.LEVEL2, Role.NAME, Role.VALUE, Role.BASIS,
			Role.LAST_YEAR, Role.WEIGHT, Role.SCORING, Role.EVIDENCE);

	String labelCode() {
		return "imports.template.field." + name();
	}

	boolean isAmount() {
		return this == TOTAL || this == FISCAL || this == UPPER || this == LOCAL || this == OTHER;
	}
}
