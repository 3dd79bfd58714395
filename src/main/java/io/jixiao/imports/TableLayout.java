package io.jixiao.imports;

import io.jixiao.checks.TableFormat;
import io.jixiao.checks.TableKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a table's indicator part, in order, as its column header names them (or as the usual layout of
 * its kind when there is no header), and which frame of level names applies.
 */
record TableLayout(List<Column> columns, Flavour flavour, boolean fromHeader) {

	/** Which level names the rows use: the current frame, the 2020 frame, or a unit table's free frame. */
	enum Flavour {
		CURRENT, Y2020, UNIT
	}

	/** One column: what it holds, where the header put it (-1 when unknown) and its title as written. */
	record Column(Role role, int position, String title) {
	}

	TableLayout {
		columns = List.copyOf(columns);
	}

	/**
	 * The layout of these columns; the frame is the one the rows' level names follow ({@code frame2020}, see
	 * {@link Vocabulary#frameOf}), else the one the columns suggest (the 2020 layout has 绩效指标 and no weight).
	 */
	static TableLayout of(List<Column> columns, TableKind kind, Boolean frame2020) {
		boolean has2020Label = columns.stream().anyMatch(c -> c.role() == Role.LABEL);
		boolean hasWeight = columns.stream().anyMatch(c -> c.role() == Role.WEIGHT || c.role() == Role.BASIS);
		boolean old = frame2020 != null ? frame2020 : has2020Label || !hasWeight;
		Flavour flavour = kind == TableKind.UNIT ? Flavour.UNIT : old ? Flavour.Y2020 : Flavour.CURRENT;
		return new TableLayout(columns, flavour, true);
	}

	/** The usual columns of a kind and flavour, for rows pasted without their column header. */
	static TableLayout usual(TableKind kind, Flavour flavour) {
		List<Role> roles = switch (flavour) {
			case UNIT -> List.of(Role.LEVEL1, Role.LEVEL2, Role.NAME, Role.VALUE, Role.BASIS, Role.WEIGHT);
			case Y2020 -> List.of(Role.LEVEL1, Role.LEVEL2, Role.NAME, Role.VALUE);
			case CURRENT -> List.of(Role.LEVEL1, Role.LEVEL2, Role.NAME, Role.VALUE, Role.BASIS, Role.LAST_YEAR,
					Role.WEIGHT, Role.SCORING, Role.EVIDENCE);
		};
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < roles.size(); i++) {
			columns.add(new Column(roles.get(i), i, ""));
		}
		return new TableLayout(columns, kind == TableKind.UNIT ? Flavour.UNIT : flavour, false);
	}

	boolean has(Role role) {
		return columns.stream().anyMatch(c -> c.role() == role);
	}

	/** The table format the level names follow (unit tables are checked without a frame). */
	TableFormat format() {
		return flavour == Flavour.Y2020 ? TableFormat.Y2020 : TableFormat.CURRENT;
	}
}
