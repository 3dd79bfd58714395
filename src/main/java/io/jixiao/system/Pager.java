package io.jixiao.system;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Where a paged list stands (tasks, the board, the public lists), for the pager fragment
 * ({@code templates/fragments/pager.html}): the 0-based page shown, how many pages and rows there are, and the list's
 * address with its filters, ready for a {@code page=} parameter.
 */
public record Pager(int page, int pages, long total, String base) {

	/** The page asked for, kept within the pages that {@code total} rows fill at {@code size} a page. */
	public static Pager of(int asked, long total, int size, String base) {
		int pages = (int) Math.max(1, (total + size - 1) / size);
		return new Pager(Math.min(Math.max(asked, 0), pages - 1), pages, total, base);
	}

	/**
	 * The page asked for of a list the database counts as it reads it (Spring Data): a negative page is the first, a
	 * page whose first row lies beyond what the database can skip (page=2147483647) is read as an empty one.
	 */
	public static PageRequest request(int asked, int size, Sort sort) {
		return PageRequest.of(Math.min(Math.max(asked, 0), Integer.MAX_VALUE / size), size, sort);
	}

	/** The first row of the page shown, counted from 0. */
	public int offset(int size) {
		return page * size;
	}

	public String link(int to) {
		return base + "page=" + to;
	}
}
