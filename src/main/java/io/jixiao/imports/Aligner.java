package io.jixiao.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the cells of indicator rows into their columns by what they say, by dynamic programming over all monotone
 * assignments: a row shifted by a column, a merged cell left empty or a stray cell still come out right, and every
 * departure from the column header is visible to the caller.
 */
final class Aligner {

	/** A cell as read: its text, its column in the source line (-1 when the source has no columns), its line. */
	record Cell(String text, int position, int line) {
	}

	/** A word of text without columns (a PDF converted line by line), and whether it follows another on its line. */
	record Token(String text, int line, boolean sameLine) {
	}

	/** One row: the cell of each column it fills, the cells it could not place, and whether any cell moved. */
	record Row(Map<Role, Cell> cells, List<Cell> dropped, boolean moved, int line) {

		boolean has(Role role) {
			return cells.containsKey(role);
		}

		String text(Role role) {
			Cell cell = cells.get(role);
			return cell == null ? null : cell.text();
		}

		boolean isGroupOnly() {
			return cells.keySet().stream().allMatch(role -> role.isLevel() || role == Role.LABEL) && !cells.isEmpty();
		}
	}

	private static final double POSITION_BONUS = 1;

	private static final double PIECE_COST = 0.2;

	private static final int MAX_PIECES = 10;

	private Aligner() {
	}

	/** Aligns the cells of one line of a tab-separated table. */
	static Row alignRow(List<Cell> cells, TableLayout layout) {
		List<TableLayout.Column> columns = layout.columns();
		int n = cells.size();
		int m = columns.size();
		double[][] best = new double[n + 1][m + 1];
		int[][] move = new int[n + 1][m + 1];
		for (double[] row : best) {
			java.util.Arrays.fill(row, CellScores.NEVER);
		}
		best[0][0] = 0;
		for (int i = 0; i <= n; i++) {
			for (int j = 0; j <= m; j++) {
				double here = best[i][j];
				if (here == CellScores.NEVER) {
					continue;
				}
				if (j < m) {
					relax(best, move, i, j + 1, here + columns.get(j).role().missing, 1);
				}
				if (i < n) {
					relax(best, move, i + 1, j, here + CellScores.DROP, 2);
				}
				if (i < n && j < m) {
					TableLayout.Column column = columns.get(j);
					double fit = CellScores.score(column.role(), cells.get(i).text(), layout);
					if (fit != CellScores.NEVER) {
						double bonus = cells.get(i).position() == column.position() && layout.fromHeader() ? POSITION_BONUS : 0;
						relax(best, move, i + 1, j + 1, here + fit + bonus, 3);
					}
				}
			}
		}
		Map<Role, Cell> placed = new EnumMap<>(Role.class);
		List<Cell> dropped = new ArrayList<>();
		boolean moved = false;
		int i = n;
		int j = m;
		while (i > 0 || j > 0) {
			switch (move[i][j]) {
				case 1 -> j--;
				case 2 -> dropped.add(cells.get(--i));
				case 3 -> {
					Cell cell = cells.get(--i);
					TableLayout.Column column = columns.get(--j);
					if (column.role() != Role.OTHER) {
						placed.put(column.role(), cell);
					}
					moved |= layout.fromHeader() && cell.position() >= 0 && cell.position() != column.position();
				}
				default -> throw new IllegalStateException("no alignment");
			}
		}
		Collections.reverse(dropped);
		int line = cells.isEmpty() ? 0 : cells.get(0).line();
		return new Row(placed, dropped, moved, line);
	}

	private static void relax(double[][] best, int[][] move, int i, int j, double score, int how) {
		if (score > best[i][j]) {
			best[i][j] = score;
			move[i][j] = how;
		}
	}

	/**
	 * Cuts text without columns into rows and cells: each row takes the columns in header order, any of them may
	 * span several words or lines, level cells may be left out (merged), and a row starts with a level or a name.
	 */
	static List<Row> alignStream(List<Token> tokens, TableLayout layout) {
		List<TableLayout.Column> columns = layout.columns();
		int n = tokens.size();
		int m = columns.size();
		double[] missingBefore = new double[m + 1];
		for (int r = 0; r < m; r++) {
			missingBefore[r + 1] = missingBefore[r] + columns.get(r).role().missing;
		}
		// state (i, s): i tokens read, the current row has used the columns before s (s = 0: a row may start)
		double[][] best = new double[n + 1][m + 1];
		int[][] fromI = new int[n + 1][m + 1];
		int[][] fromS = new int[n + 1][m + 1];
		int[][] column = new int[n + 1][m + 1];
		for (double[] row : best) {
			java.util.Arrays.fill(row, CellScores.NEVER);
		}
		best[0][0] = 0;
		String[][] texts = new String[n][MAX_PIECES + 1];
		for (int i = 0; i < n; i++) {
			for (int s = 0; s <= m; s++) {
				double here = best[i][s];
				if (here == CellScores.NEVER) {
					continue;
				}
				relaxStream(best, fromI, fromS, column, i + 1, s, here + CellScores.DROP, i, s, -1);
				for (int len = 1; len <= MAX_PIECES && i + len <= n; len++) {
					String text = texts[i][len] != null ? texts[i][len] : (texts[i][len] = segment(tokens, i, len));
					for (int r = 0; r < m; r++) {
						Role role = columns.get(r).role();
						boolean sameRow = r >= s;
						boolean newRow = s > 0 && (role == Role.LABEL || role.isLevel() || role == Role.NAME);
						if (!sameRow && !newRow) {
							continue;
						}
						double fit = CellScores.score(role, text, layout);
						if (fit == CellScores.NEVER) {
							continue;
						}
						fit -= PIECE_COST * (len - 1);
						if (sameRow) {
							double gap = missingBefore[r] - missingBefore[s];
							relaxStream(best, fromI, fromS, column, i + len, r + 1, here + gap + fit, i, s, r);
						}
						if (newRow) {
							double gap = (missingBefore[m] - missingBefore[s]) + missingBefore[r];
							// encoded as a column index above m: this piece starts a new row
							relaxStream(best, fromI, fromS, column, i + len, r + 1, here + gap + fit, i, s, r + m + 1);
						}
					}
				}
			}
		}
		int end = 0;
		double top = CellScores.NEVER;
		for (int s = 0; s <= m; s++) {
			if (best[n][s] == CellScores.NEVER) {
				continue;
			}
			double total = best[n][s] + (missingBefore[m] - missingBefore[s]);
			if (total > top) {
				top = total;
				end = s;
			}
		}
		// walk back, collecting pieces with their column and whether they start a row
		List<int[]> steps = new ArrayList<>();
		int i = n;
		int s = end;
		while (i > 0) {
			int pi = fromI[i][s];
			int ps = fromS[i][s];
			steps.add(new int[] { pi, i, column[i][s] });
			i = pi;
			s = ps;
		}
		Collections.reverse(steps);
		List<Row> rows = new ArrayList<>();
		Map<Role, Cell> cells = null;
		List<Cell> dropped = new ArrayList<>();
		for (int[] step : steps) {
			int start = step[0];
			int stop = step[1];
			int code = step[2];
			Cell cell = new Cell(segment(tokens, start, stop - start), -1, tokens.get(start).line());
			if (code < 0) {
				dropped.add(cell);
				continue;
			}
			boolean startsRow = code > m || cells == null;
			int r = code > m ? code - m - 1 : code;
			if (startsRow) {
				if (cells != null) {
					rows.add(row(cells, dropped));
					dropped = new ArrayList<>();
				}
				cells = new EnumMap<>(Role.class);
			}
			Role role = columns.get(r).role();
			if (role != Role.OTHER) {
				cells.put(role, cell);
			}
		}
		if (cells != null) {
			rows.add(row(cells, dropped));
		}
		else if (!dropped.isEmpty()) {
			rows.add(new Row(Map.of(), dropped, false, dropped.get(0).line()));
		}
		return rows;
	}

	private static Row row(Map<Role, Cell> cells, List<Cell> dropped) {
		int line = cells.values().stream().mapToInt(Cell::line).min().orElse(0);
		return new Row(cells, dropped, false, line);
	}

	private static void relaxStream(double[][] best, int[][] fromI, int[][] fromS, int[][] column, int i, int s,
			double score, int pi, int ps, int code) {
		if (score > best[i][s]) {
			best[i][s] = score;
			fromI[i][s] = pi;
			fromS[i][s] = ps;
			column[i][s] = code;
		}
	}

	/** The words from {@code start}, {@code len} of them, as one cell: a space within a line, joined across lines. */
	static String segment(List<Token> tokens, int start, int len) {
		String text = tokens.get(start).text();
		for (int k = start + 1; k < start + len; k++) {
			Token token = tokens.get(k);
			text = token.sameLine() ? text + " " + token.text() : ImportTexts.join(text, token.text());
		}
		return text;
	}
}
