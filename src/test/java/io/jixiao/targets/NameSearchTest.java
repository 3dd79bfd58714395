package io.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.ProductTest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searching by name through the character-pair index (V20) finds exactly what the plain substring match found: the
 * lists' search over tables' names and the public search over published titles, for names as the database holds them
 * and after a table or a unit is renamed (the triggers keep the index up to date whoever writes).
 */
@ProductTest
class NameSearchTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublishedListing published;

	/** Texts to search: pieces of the stored names of every length, and texts that must find nothing or stay literal. */
	private Set<String> texts() {
		Set<String> texts = new LinkedHashSet<>(List.of("%", "_", "!", "项", "目", "a", "不存在的名称", "项目%", "Ab"));
		List<String> names = jdbc.queryForList("select project_name from target_tables where project_name is not null"
				+ " union select name from organizations", String.class);
		for (String name : names.subList(0, Math.min(names.size(), 12))) {
			for (int length : new int[] { 1, 2, 3, 5, name.length() }) {
				int from = Math.max(0, (name.length() - length) / 2);
				texts.add(name.substring(from, Math.min(name.length(), from + length)));
			}
			texts.add(name.substring(name.length() - 1));
		}
		return texts;
	}

	private List<Long> listSearch(String text) {
		StringBuilder sql = new StringBuilder("select tt.id from target_tables tt where 1 = 1");
		List<Object> args = new ArrayList<>();
		TableSql.where(new ListQuery(text, null, null, null, null, null, null, false, null, null, false), sql, args);
		return jdbc.queryForList(sql + " order by tt.id", Long.class, args.toArray());
	}

	private List<Long> plainMatch(String text) {
		return jdbc.queryForList("select id from target_tables where locate(?, lower(project_name)) > 0 order by id",
				Long.class, text.toLowerCase(Locale.ROOT));
	}

	private List<Long> publicSearch(String text) {
		return published.headers(PublishedListing.Filter.of(null, null).titleContains(text), PublishedListing.Order.ID)
			.stream().map(PublishedHeader::id).toList();
	}

	/** The public search takes the text as typed into its box: without surrounding blanks. */
	private List<Long> publicPlainMatch(String text) {
		String typed = text.strip().toLowerCase(Locale.ROOT);
		return published.headers(PublishedListing.Filter.of(null, null), PublishedListing.Order.ID).stream()
			.filter(h -> h.title() != null && h.title().toLowerCase(Locale.ROOT).contains(typed))
			.map(PublishedHeader::id).toList();
	}

	/** The tables the index offers for a text, before the exact match. */
	private List<Long> candidates(String text) {
		List<Object> args = new ArrayList<>();
		return jdbc.queryForList("select tt.id from target_tables tt where " + NameGrams.sql("tt.id", text, args),
				Long.class, args.toArray());
	}

	@Test
	void theIndexedSearchFindsExactlyTheTablesWhoseNameHoldsTheText() {
		int found = 0;
		for (String text : texts()) {
			assertThat(listSearch(text)).as("list search for " + text).isEqualTo(plainMatch(text));
			if (!text.isBlank()) {
				assertThat(publicSearch(text)).as("public search for " + text).isEqualTo(publicPlainMatch(text));
			}
			found += plainMatch(text).size();
		}
		assertThat(found).as("the texts find tables at all").isPositive();
		assertThat(jdbc.queryForObject("select count(*) from table_name_grams", Long.class)).isPositive();
	}

	@Test
	void aRenamedTableAndARenamedUnitAreFoundByTheirNewNames() {
		long table = jdbc.queryForObject("select min(id) from target_tables where kind = 'PROJECT'", Long.class);
		String before = jdbc.queryForObject("select project_name from target_tables where id = ?", String.class, table);
		long unitTable = jdbc.queryForObject("select min(id) from target_tables where kind = 'UNIT'", Long.class);
		long unit = jdbc.queryForObject("select unit_id from target_tables where id = ?", Long.class, unitTable);
		String unitName = jdbc.queryForObject("select name from organizations where id = ?", String.class, unit);
		try {
			jdbc.update("update target_tables set project_name = '改名之后的甲乙项目' where id = ?", table);
			jdbc.update("update organizations set name = '改名之后的丙丁单位' where id = ?", unit);
			assertThat(listSearch("甲乙项")).containsExactly(table);
			assertThat(listSearch("改")).contains(table);
			assertThat(candidates("丙丁单")).contains(unitTable);
			assertThat(publicSearch("丙丁单")).isEqualTo(publicPlainMatch("丙丁单"));
		}
		finally {
			jdbc.update("update target_tables set project_name = ? where id = ?", before, table);
			jdbc.update("update organizations set name = ? where id = ?", unitName, unit);
		}
		assertThat(listSearch("甲乙项")).isEmpty();
		assertThat(listSearch(before)).contains(table);
	}
}
