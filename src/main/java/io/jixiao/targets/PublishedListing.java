package io.jixiao.targets;

import io.jixiao.checks.TableKind;
import io.jixiao.organizations.OrganizationSql;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published tables (公开 and 不予公开 alike) read for lists, counts and downloads at a cost that does not grow with
 * their indicator rows: headers and tallies come from the approved versions without rows, and rows are read only for
 * the tables asked for. Not scoped to a user: for the public pages, which must leave withheld tables out themselves.
 * Each read is one query in autocommit mode, without a transaction: on MySQL a read-only transaction costs the
 * server three statements more (SET autocommit=0, COMMIT, SET autocommit=1) than the query itself.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class PublishedListing {

	/** Rows are read this many tables at a time (an IN list of ids). */
	private static final int CHUNK = 1_000;

	private static final String UNIT_FIRST = "case when t.kind = io.jixiao.checks.TableKind.UNIT then 0 else 1 end";

	/** A published table with its approved version. */
	private static final String FROM = " from TargetTable t"
			+ " join TableVersion v on v.tableId = t.id and v.number = t.approvedVersion";

	/** Its unit and the unit's department (the unit's parent; outer, to keep units under no department). */
	private static final String ORGANIZATIONS = OrganizationSql.joinUnitAndDepartmentJpql("t.unitId");

	private static final String HEADER = "select new io.jixiao.targets.PublishedHeader(t.id, t.year, t.kind, t.format,"
			+ " u.id, u.name, p.id, p.name, t.disclosure, t.approvedVersion, v.header.projectName,"
			+ " v.header.implementingUnit, v.header.totalFunds, t.originalVersion, t.adjustmentReason)";

	/** Which published tables to read; a null field does not filter. */
	public record Filter(Integer year, Disclosure disclosure, TableKind kind, List<Long> unitIds,
			String titleContains, List<Integer> years) {

		/** The published tables of a year (of every year when null) with this disclosure (either when null). */
		public static Filter of(Integer year, Disclosure disclosure) {
			return new Filter(year, disclosure, null, null, null, null);
		}

		public Filter kind(TableKind wanted) {
			return new Filter(year, disclosure, wanted, unitIds, titleContains, years);
		}

		/**
		 * Only the tables of these units (of every unit when null), e.g. a department's: the database then starts from
		 * the units' index, which a join on the department does not ensure (H2 read the whole year for one department).
		 */
		public Filter units(Collection<Long> ids) {
			return new Filter(year, disclosure, kind, ids == null ? null : List.copyOf(ids), titleContains, years);
		}

		/** Only the tables whose {@link PublishedHeader#title()} contains the text, ignoring case (all when blank). */
		public Filter titleContains(String text) {
			return new Filter(year, disclosure, kind, unitIds,
					text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT), years);
		}

		/**
		 * Only the tables of these years: the search over every year names them, so that the database reads the
		 * years' range of its index instead of every table.
		 */
		public Filter years(Collection<Integer> wanted) {
			return new Filter(year, disclosure, kind, unitIds, titleContains, List.copyOf(wanted));
		}

		/** Whether the filter selects no table whatever the data (no units, no years). */
		boolean none() {
			return (unitIds != null && unitIds.isEmpty()) || (years != null && years.isEmpty());
		}
	}

	/** The orders of the lists. */
	public enum Order {
		/** Oldest first. */
		ID("t.id", false),
		/** By department, unit, the unit overall table before the projects, then oldest first: the public index. */
		UNIT("p.name nulls last, u.name, " + UNIT_FIRST + ", t.id", true),
		/**
		 * Unit overall tables first, then the largest approved amount first, ties oldest first: the summary list and
		 * the disclosure document.
		 */
		AMOUNT(UNIT_FIRST + ", coalesce(v.header.totalFunds, 0) desc, t.id", false),
		/** The newest year first, then as {@link #UNIT}: the search over every year. */
		YEAR_UNIT("t.year desc, p.name nulls last, u.name, " + UNIT_FIRST + ", t.id", true);

		private final String jpql;
		private final boolean byOrganization;

		Order(String jpql, boolean byOrganization) {
			this.jpql = " order by " + jpql;
			this.byOrganization = byOrganization;
		}
	}

	private final EntityManager entityManager;
	private final TableVersions versions;
	private final PublishedSnapshots snapshots;

	PublishedListing(EntityManager entityManager, TableVersions versions, PublishedSnapshots snapshots) {
		this.entityManager = entityManager;
		this.versions = versions;
		this.snapshots = snapshots;
	}

	/** The years with published tables, newest first. */
	public List<Integer> years() {
		return entityManager.createQuery("select distinct t.year from TargetTable t"
				+ " where t.status = io.jixiao.targets.TableStatus.PUBLISHED order by t.year desc", Integer.class)
			.getResultList();
	}

	/**
	 * The published tables of a year counted and summed by department, kind and disclosure, in one statement without
	 * their rows; of the given units only (a department's) unless {@code unitIds} is null.
	 */
	public List<PublishedTally> tallies(int year, Collection<Long> unitIds) {
		Filter filter = Filter.of(year, null).units(unitIds);
		if (filter.none()) {
			return List.of();
		}
		if (unitIds == null) {
			return snapshots.read(year, List.of("tallies", year), () -> List.copyOf(tallies(filter)));
		}
		return tallies(filter);
	}

	private List<PublishedTally> tallies(Filter filter) {
		return new Query(filter, true).typed("select new io.jixiao.targets.PublishedTally(p.id, p.name, t.kind,"
				+ " t.disclosure, count(t), sum(v.header.totalFunds))", " group by p.id, p.name, t.kind, t.disclosure",
				PublishedTally.class)
			.getResultList();
	}

	/** A published table's header, either disclosure; empty when missing, not published or without approved version. */
	public Optional<PublishedHeader> header(long id) {
		return headers(List.of(id)).stream().findFirst();
	}

	/**
	 * The headers of the tables the filter selects, in the given order: {@code limit} from {@code offset}. Over a
	 * whole year (no units, no text) the page's ids are sorted first from the indexes alone, then only their headers
	 * are read: sorting whole headers read every row of the year (0.5 s instead of 0.1 s at 100,000 tables on H2).
	 * A search's pages come from {@link #search}.
	 */
	public List<PublishedHeader> headers(Filter filter, Order order, int offset, int limit) {
		if (filter.none()) {
			return List.of();
		}
		if (filter.unitIds() != null || filter.titleContains() != null) {
			return new Query(filter, true).typed(HEADER, order.jpql, PublishedHeader.class)
				.setFirstResult(offset)
				.setMaxResults(limit)
				.getResultList();
		}
		List<Long> ids;
		if (order == Order.AMOUNT) {
			// sorting by amount reads the whole year for any page: the year's order is kept instead
			ids = Arrays.stream(ordered(filter, order)).skip(offset).limit(limit).boxed().toList();
		}
		else {
			ids = new Query(filter, order.byOrganization).typed("select t.id", order.jpql, Long.class)
				.setFirstResult(offset)
				.setMaxResults(limit)
				.getResultList();
		}
		return inOrder(ids);
	}

	/** The headers of the published tables among the ids, in their order. */
	private List<PublishedHeader> inOrder(List<Long> ids) {
		Map<Long, PublishedHeader> found = new HashMap<>();
		headers(ids).forEach(header -> found.put(header.id(), header));
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	/** The headers of every table the filter selects, in the given order. */
	public List<PublishedHeader> headers(Filter filter, Order order) {
		if (filter.none()) {
			return List.of();
		}
		return new Query(filter, true).typed(HEADER, order.jpql, PublishedHeader.class).getResultList();
	}

	/** What a search found, in its order: how many, and a page of their headers. */
	public final class Found {

		private final long[] ids;

		private Found(long[] ids) {
			this.ids = ids;
		}

		public long count() {
			return ids.length;
		}

		/** The headers of {@code limit} found tables from {@code offset}. */
		public List<PublishedHeader> headers(int offset, int limit) {
			return inOrder(Arrays.stream(ids).skip(offset).limit(limit).boxed().toList());
		}
	}

	/** The tables whose title contains the filter's text, in the order (kept as {@link #ordered} says). */
	public Found search(Filter filter, Order order) {
		return new Found(filter.none() ? new long[0] : ordered(filter, order));
	}

	/**
	 * The ids of every table the filter selects in the order, kept while the published tables of the filter's year (of
	 * every year for a search) are unchanged: a search's order is one statement for its count and every page.
	 */
	private long[] ordered(Filter filter, Order order) {
		boolean byTitle = filter.titleContains() != null;
		Supplier<long[]> reader = () -> new Query(filter, byTitle || order.byOrganization)
			.typed("select t.id", order.jpql, Long.class)
			.getResultStream()
			.mapToLong(Long::longValue)
			.toArray();
		List<Object> key = List.of("order", filter, order);
		return byTitle ? snapshots.readSearch(filter.year(), key, reader) : snapshots.read(filter.year(), key, reader);
	}

	/** How many tables the filter selects. */
	public long count(Filter filter) {
		if (filter.none()) {
			return 0;
		}
		boolean byTitle = filter.titleContains() != null;
		if (byTitle || filter.unitIds() != null) {
			return new Query(filter, byTitle).typed("select count(t)", "", Long.class).getSingleResult();
		}
		// counting a year or more reads every published table's index entry: kept while they are unchanged
		return snapshots.read(filter.year(), List.of("count", filter),
				() -> new Query(filter, false).typed("select count(t)", "", Long.class).getSingleResult());
	}

	/** The headers of the published tables among the given ids, in no particular order. */
	private List<PublishedHeader> headers(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Query query = new Query(Filter.of(null, null), true);
		query.condition("t.id in :ids", "ids", ids);
		return query.typed(HEADER, "", PublishedHeader.class).getResultList();
	}

	/** The approved content, rows included, of each given table, by id; a table without one is left out. */
	public Map<Long, TableContent> approvedContents(Collection<Long> tableIds) {
		Map<Long, TableContent> contents = new HashMap<>();
		List<Long> ids = List.copyOf(tableIds);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			versions.findApprovedWithRows(ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.forEach(v -> contents.put(v.getTableId(), v.content()));
		}
		return contents;
	}

	/** The content of one submitted version of a table, e.g. the original approved version of an adjusted one. */
	public Optional<TableContent> versionContent(long tableId, int number) {
		return versions.findWithRows(tableId, List.of(number)).stream().findFirst().map(TableVersion::content);
	}

	/** The approved content, rows included, of every published table of a year (every year when null) by id. */
	public Map<Long, TableContent> approvedContents(Integer year, Disclosure disclosure) {
		Map<Long, TableContent> contents = new HashMap<>();
		versions.findPublishedWithRows(year, disclosure).forEach(v -> contents.put(v.getTableId(), v.content()));
		return contents;
	}

	/**
	 * One JPQL query over the published tables with the filter's conditions only (no "? is null or" that would keep
	 * the database from its indexes), and with their unit and department only when it reads them.
	 */
	private final class Query {

		private final List<String> conditions = new ArrayList<>();
		private final Map<String, Object> parameters = new LinkedHashMap<>();
		private final boolean organizations;

		Query(Filter filter, boolean organizations) {
			this.organizations = organizations;
			conditions.add("t.status = io.jixiao.targets.TableStatus.PUBLISHED");
			condition("t.year = :year", "year", filter.year());
			condition("t.disclosure = :disclosure", "disclosure", filter.disclosure());
			condition("t.kind = :kind", "kind", filter.kind());
			condition("t.unitId in :units", "units", filter.unitIds());
			condition("t.year in :years", "years", filter.years());
			if (filter.titleContains() != null) {
				// the tables holding the text's character pairs, from their index (a name any of them carried)
				String indexed = NameGrams.jpql("t.id", filter.titleContains(), parameters);
				if (indexed != null) {
					conditions.add(indexed);
				}
			}
			condition("locate(:title, lower(case when t.kind = io.jixiao.checks.TableKind.PROJECT"
					+ " then v.header.projectName else u.name end)) > 0", "title", filter.titleContains());
		}

		void condition(String jpql, String name, Object value) {
			if (value != null) {
				conditions.add(jpql);
				parameters.put(name, value);
			}
		}

		<R> TypedQuery<R> typed(String select, String tail, Class<R> type) {
			String jpql = select + FROM + (organizations ? ORGANIZATIONS : "") + " where "
					+ String.join(" and ", conditions) + tail;
			TypedQuery<R> query = entityManager.createQuery(jpql, type);
			parameters.forEach(query::setParameter);
			return query;
		}
	}
}
