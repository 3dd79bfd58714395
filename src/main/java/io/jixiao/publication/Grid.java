package io.jixiao.publication;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An official table as a grid of cells with their spans, built once and drawn three ways: the page and the PDF
 * (HTML {@code rowspan}/{@code colspan}) and the workbook (merged regions). A row holds only the cells that start in
 * it, as in HTML. {@code grouped}: amounts carry thousands separators (the summary list), else plain two decimals;
 * {@code headRows}: the leading rows repeated on each printed page. Other modules build their official tables
 * (the monitoring table) as grids too, and write them with {@link XlsxExport} and {@link PdfExport}.
 */
public record Grid(String title, String caption, String note, List<Integer> widths, boolean grouped, int headRows,
		List<Row> rows) {

	/** How a cell reads: a label, a plain value, a column head, a merged level name, an amount, the goal text. */
	public enum Style {
		LABEL, VALUE, CENTER, HEAD, LEVEL, NUMBER, GOAL, TOTAL
	}

	public record Row(List<Cell> cells) {
	}

	/** One cell; {@code number} is set for amounts (a number in the workbook), {@code link} to a public table. */
	public record Cell(String text, int colspan, int rowspan, Style style, BigDecimal number, Long link) {

		public String cssClass() {
			return "cell-" + style.name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	int columns() {
		return widths.size();
	}

	public List<Row> head() {
		return rows.subList(0, headRows);
	}

	public List<Row> body() {
		return rows.subList(headRows, rows.size());
	}

	/** The column widths as percentages of the table, for {@code <col width>}. */
	public List<String> percentWidths() {
		int total = widths.stream().mapToInt(Integer::intValue).sum();
		return widths.stream().map(w -> String.format(java.util.Locale.ROOT, "%.1f%%", w * 100.0 / total)).toList();
	}

	/** Collects rows left to right, top to bottom. */
	public static final class Builder {

		private final List<Row> rows = new ArrayList<>();
		private List<Cell> current;

		public Builder row() {
			current = new ArrayList<>();
			rows.add(new Row(current));
			return this;
		}

		public Builder cell(Style style, String text) {
			return cell(style, text, 1, 1);
		}

		public Builder cell(Style style, String text, int colspan) {
			return cell(style, text, colspan, 1);
		}

		public Builder cell(Style style, String text, int colspan, int rowspan) {
			current.add(new Cell(text == null ? "" : text, colspan, rowspan, style, null, null));
			return this;
		}

		/**
		 * The merged level cells that start on line {@code i} of an indicator list: a level-1 cell spans the
		 * consecutive lines of that level 1, a level-2 cell the consecutive lines of the same pair; nothing is written
		 * for a level whose cell above already spans this line.
		 */
		public <T> Builder levels(List<T> lines, int i, Function<T, String> level1, Function<T, String> level2) {
			Function<T, List<String>> pair = line -> Arrays.asList(level1.apply(line), level2.apply(line));
			levelCell(lines, i, level1, level1);
			levelCell(lines, i, level2, pair);
			return this;
		}

		private <T> void levelCell(List<T> lines, int i, Function<T, String> text, Function<T, ?> group) {
			Object key = group.apply(lines.get(i));
			if (i > 0 && Objects.equals(group.apply(lines.get(i - 1)), key)) {
				return;
			}
			int span = 1;
			while (i + span < lines.size() && Objects.equals(group.apply(lines.get(i + span)), key)) {
				span++;
			}
			cell(Style.LEVEL, text.apply(lines.get(i)), 1, span);
		}

		public Builder amount(BigDecimal amount, String text, int colspan) {
			current.add(new Cell(text, colspan, 1, Style.NUMBER, amount, null));
			return this;
		}

		Builder link(Style style, String text, long tableId) {
			current.add(new Cell(text == null ? "" : text, 1, 1, style, null, tableId));
			return this;
		}

		public List<Row> rows() {
			return List.copyOf(rows.stream().map(row -> new Row(List.copyOf(row.cells()))).toList());
		}
	}
}
