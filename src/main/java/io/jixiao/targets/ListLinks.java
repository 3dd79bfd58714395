package io.jixiao.targets;

import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a searched list page that keep its search and filters: a column header's sort (a second click reverses
 * it), the pages, and the workbook export of what the page shows (the list's API with {@code format=xlsx}).
 */
public record ListLinks(String path, ListQuery query, String exportPath, Map<String, Object> exportExtra) {

	/** The page sorted by the column (age, due, amount, name): ascending, or descending when it already is. */
	public String sort(String column) {
		boolean reverse = column.equals(sortColumn()) && !query.descending();
		return link(path, Map.of("sort", column + (reverse ? ",desc" : "")), null);
	}

	/** ▲ or ▼ beside the column the page is sorted by, else nothing. */
	public String mark(String column) {
		return column.equals(sortColumn()) ? (query.descending() ? " ▼" : " ▲") : "";
	}

	/** The address of the list with its filters, ready for a {@code page=} parameter (see {@code Pager}). */
	public String pageBase() {
		String link = link(path, Map.of(), null);
		return link + (link.contains("?") ? "&" : "?");
	}

	public String export() {
		return link(exportPath, new java.util.TreeMap<>(exportExtra), "xlsx");
	}

	private String sortColumn() {
		return query.sort() == null ? null : query.sort().name().toLowerCase(java.util.Locale.ROOT);
	}

	private String link(String to, Map<String, Object> extra, String format) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(to);
		Map<String, Object> parameters = new java.util.LinkedHashMap<>(query.parameters());
		parameters.putAll(extra);
		parameters.forEach(uri::queryParam);
		if (format != null) {
			uri.queryParam("format", format);
		}
		return uri.encode().build().toUriString();
	}
}
