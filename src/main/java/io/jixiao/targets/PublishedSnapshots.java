package io.jixiao.targets;

import io.jixiao.organizations.OrganizationSql;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Answers over a whole year of published tables (the statements' tallies, counts, the order of the summary list) kept
 * between requests and on every node checked against the database before use. The check is exact because published
 * tables only ever become more (PUBLISHED is final; an adjustment runs beside it) and every change of a table or of
 * an organization raises its optimistic-lock version: the number of the year's published tables, the sum of their
 * versions and of the organizations' versions change whenever a kept answer could. It is one index-only statement
 * (index {@code ix_target_tables_published_stamp}) instead of summing the year: at 100,000 tables on MariaDB the
 * tallies took 170 ms, the check under 10.
 */
@Component
class PublishedSnapshots {

	/** More kept answers than the public pages need (a few per year); past it they are all dropped and read again. */
	private static final int MAX_KEPT = 64;

	/**
	 * Searches kept: the last ones asked, each up to every public table's id (60,000 ids, 0.5 MB at 100,000 tables),
	 * so that the public's repeated searches are not sorted again.
	 */
	private static final int MAX_SEARCHES = 16;

	private final EntityManager entityManager;
	private final Map<Object, Kept> kept = new ConcurrentHashMap<>();
	private final Map<Object, Kept> searches = new ConcurrentHashMap<>();

	PublishedSnapshots(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The answer kept under the key while the published tables of the year (of every year when null) are unchanged,
	 * else read anew.
	 */
	<T> T read(Integer year, Object key, Supplier<T> reader) {
		return read(kept, MAX_KEPT, year, key, reader);
	}

	/** As {@link #read}, for a search: kept apart, so that many different searches do not drop the years' answers. */
	<T> T readSearch(Integer year, Object key, Supplier<T> reader) {
		return read(searches, MAX_SEARCHES, year, key, reader);
	}

	@SuppressWarnings("unchecked")
	private <T> T read(Map<Object, Kept> store, int max, Integer year, Object key, Supplier<T> reader) {
		Stamp now = stamp(year);
		Kept found = store.get(key);
		if (found != null && found.stamp().equals(now)) {
			return (T) found.value();
		}
		T value = reader.get();
		if (store.size() >= max) {
			store.clear();
		}
		store.put(key, new Kept(now, value));
		return value;
	}

	private Stamp stamp(Integer year) {
		TypedQuery<Object[]> query = entityManager.createQuery("select count(t), coalesce(sum(t.version), 0),"
				+ " " + OrganizationSql.changeStampJpql()
				+ " from TargetTable t where t.status = io.jixiao.targets.TableStatus.PUBLISHED"
				+ (year == null ? "" : " and t.year = :year"), Object[].class);
		if (year != null) {
			query.setParameter("year", year);
		}
		Object[] row = query.getSingleResult();
		return new Stamp(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
	}

	private record Stamp(long tables, long versions, long organizations) {
	}

	private record Kept(Stamp stamp, Object value) {
	}
}
