package io.jixiao.review;

/**
 * Where a paged list stands, for the pager fragment: the 0-based page shown, how many pages and rows there are, and
 * the list's address with its filters, ready for a {@code page=} parameter.
 */
public record Pager(int page, int pages, long total, String base) {

	public String link(int to) {
		return base + "page=" + to;
	}
}
