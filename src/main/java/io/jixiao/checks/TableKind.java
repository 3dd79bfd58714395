package io.jixiao.checks;

/** The two kinds of target table. */
public enum TableKind {

	/** 项目支出绩效目标表: one per project and year. */
	PROJECT,

	/** 单位整体绩效目标表: one per budget unit and year, with a free level-1 frame (履职效能, 运行成本 ...). */
	UNIT
}
