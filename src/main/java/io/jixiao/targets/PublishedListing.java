package io.jixiao.targets;

import io.jixiao.checks.TableKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published tables (公开 and 不予公开 alike) read for lists, counts and downloads at a cost that does not grow with
 * their indicator rows: headers and tallies come from the approved versions without rows, and rows are read only for
 * the tables asked for. Not scoped to a user: for the public pages, which must leave withheld tables out themselves.
 */
@Service
@Transactional(readOnly = true)
public class PublishedListing {

	/** Rows are read this many tables at a time (an IN list of ids). */
	private static final int CHUNK = 1_000;

	private static final String UNIT_FIRST = "case when t.kind = io.jixiao.checks.TableKind.UNIT then 0 else 1 end";

	/** A published table with its approved version, its unit and the unit's department (a unit's parent). */
	private static final String FROM = " from TargetTable t"
			+ " join TableVersion v on v.tableId = t.id and v.number = t.approvedVersion"
			+ " join Organization u on u.id = t.unitId";

	private static final String DEPARTMENT = " join u.parent p on p.kind = io.jixiao.organizations.OrganizationKind.DEPARTMENT";

	private static final String HEADER = "select new io.jixiao.targets.PublishedHeader(t.id, t.year, t.kind, t.format,"
			+ " u.id, u.name, p.id, p.name, t.disclosure, t.approvedVersion, v.header.projectName,"
			+ " v.header.implementingUnit, v.header.totalFunds)";

	/** Which published tables to read; a null field does not filter. */
	public record Filter(Integer year, Disclosure disclosure, TableKind kind, Long departmentId, String titleContains) {

		/** The published tables of a year (of every year when null) with this disclosure (either when null). */
		public static Filter of(Integer year, Disclosure disclosure) {
			return new Filter(year, disclosure, null, null, null);
		}

		public Filter kind(TableKind wanted) {
			return new Filter(year, disclosure, wanted, departmentId, titleContains);
		}

		/** Only the tables of this department's units (every department when null). */
		public Filter department(Long id) {
			return new Filter(year, disclosure, kind, id, titleContains);
		}

		/** Only the tables whose {@link PublishedHeader#title()} contains the text, ignoring case (all when blank). */
		public Filter titleContains(String text) {
			return new Filter(year, disclosure, kind, departmentId,
					text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT));
		}
	}

	/** The orders of the lists. */
	public enum Order {
		/** Oldest first. */
		ID("t.id"),
		/** By department, unit, the unit overall table before the projects, then oldest first: the public index. */
		UNIT("p.name nulls last, u.name, " + UNIT_FIRST + ", t.id"),
		/**
		 * Unit overall tables first, then the largest approved amount first, ties oldest first: the summary list and
		 * the disclosure document.
		 */
		AMOUNT(UNIT_FIRST + ", coalesce(v.header.totalFunds, 0) desc, t.id");

		private final String jpql;

		Order(String jpql) {
			this.jpql = jpql;
		}
	}

	private final EntityManager entityManager;
	private final TableVersions versions;

	PublishedListing(EntityManager entityManager, TableVersions versions) {
		this.entityManager = entityManager;
		this.versions = versions;
	}

	/** The years with published tables, newest first. */
	public List<Integer> years() {
		return entityManager.createQuery("select distinct t.year from TargetTable t"
				+ " where t.status = io.jixiao.targets.TableStatus.PUBLISHED order by t.year desc", Integer.class)
			.getResultList();
	}

	/**
	 * The published tables of a year counted and summed by department, kind and disclosure: one statement, whatever
	 * the number of tables; of one department when {@code departmentId} is given.
	 */
	public List<PublishedTally> tallies(int year, Long departmentId) {
		Query query = new Query(Filter.of(year, null).department(departmentId));
		return query.typed("select new io.jixiao.targets.PublishedTally(p.id, p.name, t.kind, t.disclosure, count(t),"
				+ " sum(v.header.totalFunds))", " group by p.id, p.name, t.kind, t.disclosure", PublishedTally.class)
			.getResultList();
	}

	/** A published table's header, either disclosure; empty when missing, not published or without approved version. */
	public Optional<PublishedHeader> header(long id) {
		Query query = new Query(Filter.of(null, null));
		query.condition("t.id = :id", "id", id);
		return query.typed(HEADER, "", PublishedHeader.class).getResultList().stream().findFirst();
	}

	/** The headers of the tables the filter selects, in the given order: {@code limit} from {@code offset}. */
	public List<PublishedHeader> headers(Filter filter, Order order, int offset, int limit) {
		return new Query(filter).typed(HEADER, " order by " + order.jpql, PublishedHeader.class)
			.setFirstResult(offset)
			.setMaxResults(limit)
			.getResultList();
	}

	/** The headers of every table the filter selects, in the given order. */
	public List<PublishedHeader> headers(Filter filter, Order order) {
		return new Query(filter).typed(HEADER, " order by " + order.jpql, PublishedHeader.class).getResultList();
	}

	/** How many tables the filter selects. */
	public long count(Filter filter) {
		return new Query(filter).typed("select count(t)", "", Long.class).getSingleResult();
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

	/** The approved content, rows included, of every published table of a year (every year when null) by id. */
	public Map<Long, TableContent> approvedContents(Integer year, Disclosure disclosure) {
		Map<Long, TableContent> contents = new HashMap<>();
		versions.findPublishedWithRows(year, disclosure).forEach(v -> contents.put(v.getTableId(), v.content()));
		return contents;
	}

	/**
	 * One JPQL query over the published tables with the filter's conditions only (no "? is null or" that would keep
	 * the database from its indexes). The department is joined inner when filtered by, so that the database may
	 * start from it; outer otherwise, to keep the units under no department.
	 */
	private final class Query {

		private final List<String> conditions = new ArrayList<>();
		private final Map<String, Object> parameters = new LinkedHashMap<>();
		private final boolean byDepartment;

		Query(Filter filter) {
			conditions.add("t.status = io.jixiao.targets.TableStatus.PUBLISHED");
			byDepartment = filter.departmentId() != null;
			condition("t.year = :year", "year", filter.year());
			condition("t.disclosure = :disclosure", "disclosure", filter.disclosure());
			condition("t.kind = :kind", "kind", filter.kind());
			condition("p.id = :department", "department", filter.departmentId());
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
			String jpql = select + FROM + (byDepartment ? "" : " left") + DEPARTMENT + " where "
					+ String.join(" and ", conditions) + tail;
			TypedQuery<R> query = entityManager.createQuery(jpql, type);
			parameters.forEach(query::setParameter);
			return query;
		}
	}
}
