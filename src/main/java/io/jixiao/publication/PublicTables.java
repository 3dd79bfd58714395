package io.jixiao.publication;

import io.jixiao.checks.TableKind;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.OrganizationKind;
import io.jixiao.system.NotFoundException;
import io.jixiao.system.Pager;
import io.jixiao.targets.Disclosure;
import io.jixiao.targets.PublishedHeader;
import io.jixiao.targets.PublishedListing;
import io.jixiao.targets.PublishedListing.Filter;
import io.jixiao.targets.PublishedListing.Order;
import io.jixiao.targets.PublishedTally;
import io.jixiao.targets.TableContent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one place that decides what the public sees: published tables with their frozen approved content; a withheld
 * table is only ever counted, never returned, and anything not public answers 404. Pages cost the same however many
 * tables a year holds: lists are read a page at a time without indicator rows, statements are summed by the database.
 * Its reads run without a transaction ({@link io.jixiao.targets.PublishedListing} says why).
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class PublicTables {

	/** Rows of a public list page (the index's tables, the summary list). */
	static final int PAGE_SIZE = 50;

	private final PublishedListing listing;
	private final OrganizationDirectory directory;
	private final PublicTexts texts;
	private final Clock clock;

	PublicTables(PublishedListing listing, OrganizationDirectory directory, PublicTexts texts, Clock clock) {
		this.listing = listing;
		this.directory = directory;
		this.texts = texts;
		this.clock = clock;
	}

	/** Years with published tables, newest first. */
	List<Integer> years() {
		return listing.years();
	}

	/** A public table; 404 when it is missing, not published, withheld or has no approved version. */
	PublishedTable publicTable(long id) {
		PublishedHeader header = listing.header(id)
			.filter(PublishedHeader::isPublic)
			.orElseThrow(() -> new NotFoundException("public table " + id));
		List<PublishedTable> found = withContent(List.of(header), listing.approvedContents(List.of(id)));
		if (found.isEmpty()) {
			throw new NotFoundException("public table " + id);
		}
		return found.get(0);
	}

	/**
	 * The original approved version of a public adjusted table (the version in force says 调整后 and links here);
	 * 404 as for {@link #publicTable}, and for a table that was never adjusted.
	 */
	PublishedTable originalTable(long id) {
		PublishedHeader header = listing.header(id)
			.filter(h -> h.isPublic() && h.originalVersion() != null)
			.orElseThrow(() -> new NotFoundException("public table " + id));
		TableContent content = listing.versionContent(id, header.originalVersion())
			.orElseThrow(() -> new NotFoundException("public table " + id));
		return PublishedTable.original(header, content);
	}

	/** The public tables of a year (of every year when null), oldest first. */
	List<PublishedTable> publicTables(Integer year) {
		return withContent(listing.headers(Filter.of(year, Disclosure.PUBLIC), Order.ID),
				listing.approvedContents(year, Disclosure.PUBLIC));
	}

	/** One page of the public tables of a year (of every year when null), oldest first, and how many there are. */
	TablePage publicTables(Integer year, int page, int size) {
		Filter filter = Filter.of(year, Disclosure.PUBLIC);
		long offset = (long) page * size;
		List<PublishedHeader> headers = offset > Integer.MAX_VALUE ? List.of()
				: listing.headers(filter, Order.ID, (int) offset, size);
		// a first page that is not full holds them all
		long total = page == 0 && headers.size() < size ? headers.size() : listing.count(filter);
		return new TablePage(withContent(headers, listing.approvedContents(ids(headers))), total);
	}

	/**
	 * The index: the year's departments with their statement and no tables; with a department chosen, that department
	 * and a page of its public tables; with a query, a page of the year's public tables whose name contains it.
	 */
	Catalog catalog(Integer wantedYear, String department, String query, int page) {
		List<Integer> years = years();
		Integer year = wantedYear != null ? wantedYear : years.stream().findFirst().orElse(null);
		String asked = query == null ? "" : query.strip();
		if (year == null) {
			return Catalog.empty(years, asked);
		}
		if (!asked.isEmpty()) {
			// every year's tables, the newest year first: a search from one year's page finds the others' too
			PublishedListing.Found search = listing.search(
					Filter.of(null, Disclosure.PUBLIC).years(years).titleContains(asked), Order.YEAR_UNIT);
			Pager pager = Pager.of(page, search.count(), PAGE_SIZE, link("/public", "year", year, "q", asked));
			List<PublishedHeader> found = pager.total() == 0 ? List.of()
					: search.headers(pager.offset(PAGE_SIZE), PAGE_SIZE);
			return new Catalog(years, year, asked, List.of(), null, groups(found), pager);
		}
		Summary.Department chosen = departmentOrAll(department);
		if (chosen == null) {
			return new Catalog(years, year, asked, departments(year, listing.tallies(year, null)), null, List.of(),
					null);
		}
		List<Long> units = units(chosen);
		List<Catalog.DepartmentEntry> entries = departments(year, listing.tallies(year, units));
		Catalog.DepartmentEntry entry = entries.isEmpty() ? departmentEntry(year, chosen, List.of()) : entries.get(0);
		Pager pager = Pager.of(page, entry.publicTables(), PAGE_SIZE,
				link("/public", "year", year, "department", chosen.id()));
		List<PublishedHeader> listed = pager.total() == 0 ? List.of()
				: listing.headers(Filter.of(year, Disclosure.PUBLIC).units(units), Order.UNIT,
						pager.offset(PAGE_SIZE), PAGE_SIZE);
		return new Catalog(years, year, asked, List.of(), entry, groups(listed), pager);
	}

	/**
	 * The summary page: the statement and the 合计 over every table of a department's year (of every department when
	 * null), the rows of one page of the list.
	 */
	SummaryPage summaryPage(int year, Summary.Department department, int page) {
		List<Long> units = units(department);
		List<PublishedTally> tallies = listing.tallies(year, units);
		PublishedTally listed = listed(tallies);
		Pager pager = Pager.of(page, listed.tables(), PAGE_SIZE,
				link("/public/summary", "year", year, "department", department == null ? null : department.id()));
		List<PublishedHeader> rows = pager.total() == 0 ? List.of()
				: listing.headers(listedFilter(year, units), Order.AMOUNT, pager.offset(PAGE_SIZE), PAGE_SIZE);
		return new SummaryPage(summary(year, department, tallies, rows, pager.offset(PAGE_SIZE)), pager);
	}

	/** The whole summary list and statement of a department's year, or of the whole year without a department. */
	Summary summary(int year, Summary.Department department) {
		List<Long> units = units(department);
		return summary(year, department, listing.tallies(year, units),
				listing.headers(listedFilter(year, units), Order.AMOUNT), 0);
	}

	/**
	 * Everything a department publishes for a year: the summary and the public tables, unit overall tables first,
	 * then the projects in the order of the list.
	 */
	DisclosureDocument disclosure(int year, Summary.Department department) {
		List<Long> units = units(department);
		List<PublishedHeader> shown = listing.headers(Filter.of(year, Disclosure.PUBLIC).units(units), Order.AMOUNT);
		List<PublishedTally> tallies = listing.tallies(year, units);
		Summary summary = summary(year, department, tallies,
				shown.stream().filter(PublishedHeader::isProject).toList(), 0);
		return new DisclosureDocument(summary, withContent(shown, listing.approvedContents(ids(shown))));
	}

	/** The year asked for, else the latest with published tables, else this year. */
	int yearOrLatest(Integer year) {
		if (year != null) {
			return year;
		}
		return years().stream().findFirst().orElse(LocalDate.now(clock).getYear());
	}

	/** A department named by its id or its exact name, or null (every department) when none is named; 404 else. */
	Summary.Department departmentOrAll(String reference) {
		if (reference == null || reference.isBlank()) {
			return null;
		}
		String wanted = reference.strip();
		Organization found;
		if (wanted.matches("\\d{1,18}")) {
			found = directory.get(Long.parseLong(wanted));
		}
		else {
			found = directory.findByName(wanted).orElseThrow(() -> new NotFoundException("department " + wanted));
		}
		if (found.getKind() != OrganizationKind.DEPARTMENT) {
			throw new NotFoundException("department " + wanted);
		}
		return new Summary.Department(found.getId(), found.getName());
	}

	/** A summary and the tables that follow it in a department's disclosure. */
	record DisclosureDocument(Summary summary, List<PublishedTable> tables) {
	}

	/** A page of the summary list and where it stands. */
	record SummaryPage(Summary summary, Pager pager) {
	}

	/** A page of public tables and how many there are in all. */
	record TablePage(List<PublishedTable> tables, long total) {
	}

	/** The units of a department, or null (every unit) for every department. */
	private List<Long> units(Summary.Department department) {
		return department == null ? null : directory.unitIds(department.id());
	}

	/** The public project tables of the summary list, of the given units (of every unit when null). */
	private static Filter listedFilter(int year, List<Long> units) {
		return Filter.of(year, Disclosure.PUBLIC).kind(TableKind.PROJECT).units(units);
	}

	/** The public project tables among the tallies: the rows of the summary list and their 合计. */
	private static PublishedTally listed(List<PublishedTally> tallies) {
		long count = 0;
		BigDecimal amount = BigDecimal.ZERO;
		for (PublishedTally tally : tallies) {
			if (tally.kind() == TableKind.PROJECT && tally.disclosure() == Disclosure.PUBLIC) {
				count += tally.tables();
				amount = amount.add(tally.amount());
			}
		}
		return new PublishedTally(null, null, TableKind.PROJECT, Disclosure.PUBLIC, count, amount);
	}

	/** The summary with the statement and 合计 of the tallies and the given rows, numbered from {@code offset + 1}. */
	private Summary summary(int year, Summary.Department department, List<PublishedTally> tallies,
			List<PublishedHeader> rows, int offset) {
		List<Summary.Row> numbered = new ArrayList<>();
		for (PublishedHeader table : rows) {
			numbered.add(new Summary.Row(offset + numbered.size() + 1, table.unitName(), implementingUnit(table),
					table.projectName(), table.amount(), table.id()));
		}
		Summary.Statement statement = statement(tallies);
		return new Summary(year, department, numbered, listed(tallies).amount(), statement,
				statementText(year, statement));
	}

	/** 项目实施单位 as approved, or the budget unit when the drafter left it empty. */
	private static String implementingUnit(PublishedHeader table) {
		String written = table.implementingUnit();
		return written == null || written.isBlank() ? table.unitName() : written;
	}

	/** The departments of the tallies, by name (units under no department last), each with its statement. */
	private List<Catalog.DepartmentEntry> departments(int year, List<PublishedTally> tallies) {
		Map<Long, List<PublishedTally>> byDepartment = new HashMap<>();
		Map<Long, Summary.Department> departments = new HashMap<>();
		for (PublishedTally tally : tallies) {
			byDepartment.computeIfAbsent(tally.departmentId(), id -> new ArrayList<>()).add(tally);
			if (tally.departmentId() != null) {
				departments.put(tally.departmentId(),
						new Summary.Department(tally.departmentId(), tally.departmentName()));
			}
		}
		return byDepartment.entrySet().stream()
			.map(e -> departmentEntry(year, departments.get(e.getKey()), e.getValue()))
			.sorted(Comparator.comparing((Catalog.DepartmentEntry entry) -> entry.department() == null ? null
					: entry.department().name(), Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	private Catalog.DepartmentEntry departmentEntry(int year, Summary.Department department,
			List<PublishedTally> tallies) {
		Summary.Statement statement = statement(tallies);
		long open = tallies.stream().filter(t -> t.disclosure() == Disclosure.PUBLIC).mapToLong(PublishedTally::tables)
			.sum();
		return new Catalog.DepartmentEntry(department, statement, statementText(year, statement), open);
	}

	/** Tables in index order grouped by department, then unit. */
	private static List<Catalog.Group> groups(List<PublishedHeader> tables) {
		// by year (the search covers every year) and department, in the order the tables come
		Map<List<Object>, Map<Long, Catalog.UnitEntry>> units = new LinkedHashMap<>();
		Map<Long, Summary.Department> departments = new HashMap<>();
		for (PublishedHeader table : tables) {
			if (table.departmentId() != null) {
				departments.put(table.departmentId(),
						new Summary.Department(table.departmentId(), table.departmentName()));
			}
			units.computeIfAbsent(java.util.Arrays.asList(table.year(), table.departmentId()), key -> new LinkedHashMap<>())
				.computeIfAbsent(table.unitId(), id -> new Catalog.UnitEntry(id, table.unitName(), new ArrayList<>()))
				.tables()
				.add(table);
		}
		List<Catalog.Group> groups = new ArrayList<>();
		units.forEach((key, ofDepartment) -> groups.add(new Catalog.Group((Integer) key.get(0),
				departments.get((Long) key.get(1)), List.copyOf(ofDepartment.values()))));
		return groups;
	}

	/** A list's address with its filters (the null ones left out), ready for a {@code page=} parameter. */
	private static String link(String path, Object... parameters) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		for (int i = 0; i < parameters.length; i += 2) {
			if (parameters[i + 1] != null) {
				uri.queryParam((String) parameters[i], parameters[i + 1]);
			}
		}
		String built = uri.encode().build().toUriString();
		return built + (built.contains("?") ? "&" : "?");
	}

	private static List<Long> ids(List<PublishedHeader> headers) {
		return headers.stream().map(PublishedHeader::id).toList();
	}

	/** The tables with their approved content, in the given order; a table without one is left out. */
	private static List<PublishedTable> withContent(List<PublishedHeader> headers, Map<Long, TableContent> contents) {
		List<PublishedTable> result = new ArrayList<>();
		for (PublishedHeader header : headers) {
			TableContent content = contents.get(header.id());
			if (content != null) {
				result.add(PublishedTable.of(header, content));
			}
		}
		return result;
	}

	/** The 预算绩效情况 counts: withheld tables counted, unit overall tables apart from the projects. */
	private static Summary.Statement statement(List<PublishedTally> tallies) {
		long units = 0;
		long projects = 0;
		long open = 0;
		BigDecimal unitAmount = BigDecimal.ZERO;
		BigDecimal projectAmount = BigDecimal.ZERO;
		for (PublishedTally tally : tallies) {
			if (tally.kind() == TableKind.UNIT) {
				units += tally.tables();
				unitAmount = unitAmount.add(tally.amount());
			}
			else {
				projects += tally.tables();
				projectAmount = projectAmount.add(tally.amount());
				open += tally.disclosure() == Disclosure.PUBLIC ? tally.tables() : 0;
			}
		}
		return new Summary.Statement(Math.toIntExact(units), unitAmount, Math.toIntExact(projects), projectAmount,
				Math.toIntExact(open), Math.toIntExact(projects - open));
	}

	/** The 预算绩效情况 sentence, worded as the disclosures word it. */
	private String statementText(int year, Summary.Statement statement) {
		String projects = texts.text("public.statement.projects", String.valueOf(statement.projects()),
				PublicTexts.plain(statement.projectAmount()), String.valueOf(statement.publicProjects()),
				String.valueOf(statement.withheldProjects()));
		if (statement.unitTables() == 0) {
			return texts.text("public.statement", String.valueOf(year), projects);
		}
		String units = texts.text("public.statement.units", String.valueOf(statement.unitTables()),
				PublicTexts.plain(statement.unitAmount()));
		return texts.text("public.statement.withUnits", String.valueOf(year), units, projects);
	}
}
