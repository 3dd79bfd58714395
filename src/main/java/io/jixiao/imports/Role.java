package io.jixiao.imports;

/** What a column of an indicator table holds. */
enum Role {

	/** The 2020 layout's first column, labelled 绩效指标 and otherwise empty. */
	LABEL(0),
	LEVEL1(0),
	LEVEL2(0),
	NAME(-6),
	/** 指标性质 (≥, ≤, =) where a layout writes the operator in a column of its own. */
	OPERATOR(0),
	VALUE(-5),
	/** 计量单位 where a layout writes the unit in a column of its own. */
	UNIT(0),
	BASIS(-1.5),
	LAST_YEAR(-0.5),
	WEIGHT(-1.5),
	SCORING(-1.5),
	EVIDENCE(-1.5),
	/** A column the importer does not know; its cells are ignored. */
	OTHER(0);

	/** What it costs an alignment to leave this column empty in a row: name and value are never merged cells. */
	final double missing;

	Role(double missing) {
		this.missing = missing;
	}

	boolean isLevel() {
		return this == LEVEL1 || this == LEVEL2;
	}
}
