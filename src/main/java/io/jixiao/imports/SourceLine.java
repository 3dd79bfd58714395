package io.jixiao.imports;

import java.util.ArrayList;
import java.util.List;

/** A line of the source with its 1-based number, tags already removed. */
record SourceLine(int number, String text) {

	boolean isBlank() {
		return ImportTexts.isBlank(text);
	}

	boolean isTabbed() {
		return text.indexOf('\t') >= 0;
	}

	/** The cells of a tab-separated line, trimmed, each with its column. */
	List<Aligner.Cell> cells() {
		String[] parts = text.split("\t", -1);
		List<Aligner.Cell> cells = new ArrayList<>();
		for (int i = 0; i < parts.length; i++) {
			String cell = parts[i].strip();
			if (!ImportTexts.isBlank(cell)) {
				cells.add(new Aligner.Cell(cell, i, number));
			}
		}
		return cells;
	}
}
