package io.jixiao.publication;

import io.jixiao.checks.TableKind;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.OrganizationKind;
import io.jixiao.system.NotFoundException;
import io.jixiao.targets.Disclosure;
import io.jixiao.targets.TableContent;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TargetTable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides what the public sees: published tables with their frozen approved content; a withheld
 * table is only ever counted, never returned, and anything not public answers 404.
 */
@Service
@Transactional(readOnly = true)
class PublicTables {

	/** The summary list's order, as in the disclosures: the largest amount first, then in publication order. */
	private static final Comparator<PublishedTable> BY_AMOUNT = Comparator.comparing(PublishedTable::amount)
		.reversed()
		.thenComparing(PublishedTable::id);

	private final TableService tables;
	private final OrganizationDirectory directory;
	private final PublicTexts texts;
	private final Clock clock;

	PublicTables(TableService tables, OrganizationDirectory directory, PublicTexts texts, Clock clock) {
		this.tables = tables;
		this.directory = directory;
		this.texts = texts;
		this.clock = clock;
	}

	/** Years with published tables, newest first. */
	List<Integer> years() {
		return tables.findPublishedTables(null).stream().map(TargetTable::getYear).distinct()
			.sorted(Comparator.reverseOrder()).toList();
	}

	/** A public table; 404 when it is missing, not published, withheld or has no approved version. */
	PublishedTable publicTable(long id) {
		TargetTable table = tables.findPublishedTable(id)
			.filter(found -> found.getDisclosure() == Disclosure.PUBLIC)
			.orElseThrow(() -> new NotFoundException("public table " + id));
		List<PublishedTable> found = withContent(List.of(table));
		if (found.isEmpty()) {
			throw new NotFoundException("public table " + id);
		}
		return found.get(0);
	}

	/** The public tables of a year (of every year when null), oldest first. */
	List<PublishedTable> publicTables(Integer year) {
		return published(year).stream().filter(PublishedTable::isPublic).toList();
	}

	/** The index: the year's departments with their statement, units and public tables, those matching the query. */
	Catalog catalog(Integer wantedYear, String query) {
		List<Integer> years = years();
		Integer year = wantedYear != null ? wantedYear : years.stream().findFirst().orElse(null);
		String asked = query == null ? "" : query.strip();
		String needle = asked.toLowerCase(Locale.ROOT);
		if (year == null) {
			return new Catalog(years, null, asked, List.of(), 0);
		}
		Map<Long, List<PublishedTable>> byDepartment = new LinkedHashMap<>();
		List<PublishedTable> all = published(year);
		all.stream()
			.sorted(Comparator.comparing(PublishedTable::departmentName, Comparator.nullsLast(Comparator.naturalOrder())))
			.forEach(table -> byDepartment.computeIfAbsent(table.departmentId(), id -> new ArrayList<>()).add(table));
		Predicate<PublishedTable> matches = table -> needle.isEmpty()
				|| (table.title() != null && table.title().toLowerCase(Locale.ROOT).contains(needle));
		List<Catalog.DepartmentEntry> departments = new ArrayList<>();
		int count = 0;
		for (List<PublishedTable> ofDepartment : byDepartment.values()) {
			PublishedTable first = ofDepartment.get(0);
			Map<Long, Catalog.UnitEntry> units = new LinkedHashMap<>();
			ofDepartment.stream()
				.filter(PublishedTable::isPublic)
				.filter(matches)
				.sorted(Comparator.comparing(PublishedTable::unitName)
					.thenComparing(table -> table.isProject())
					.thenComparing(PublishedTable::id))
				.forEach(table -> units
					.computeIfAbsent(table.unitId(), id -> new Catalog.UnitEntry(id, table.unitName(), new ArrayList<>()))
					.tables().add(table));
			count += units.values().stream().mapToInt(unit -> unit.tables().size()).sum();
			if (!needle.isEmpty() && units.isEmpty()) {
				continue;
			}
			Summary.Statement statement = statement(ofDepartment);
			departments.add(new Catalog.DepartmentEntry(department(first), statement, statementText(year, statement),
					List.copyOf(units.values())));
		}
		return new Catalog(years, year, asked, departments, count);
	}

	/** The summary list and statement of a department's year, or of the whole year when the department is null. */
	Summary summary(int year, Summary.Department department) {
		List<PublishedTable> all = published(year).stream()
			.filter(table -> department == null || Objects.equals(table.departmentId(), department.id()))
			.toList();
		List<PublishedTable> listed = all.stream().filter(PublishedTable::isPublic).filter(PublishedTable::isProject)
			.sorted(BY_AMOUNT).toList();
		List<Summary.Row> rows = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (PublishedTable table : listed) {
			rows.add(new Summary.Row(rows.size() + 1, table.unitName(), table.implementingUnit(),
					table.content().projectName(), table.amount(), table.id()));
			total = total.add(table.amount());
		}
		Summary.Statement statement = statement(all);
		return new Summary(year, department, rows, total, statement, statementText(year, statement));
	}

	/**
	 * Everything a department publishes for a year: the summary and the public tables, unit overall tables first,
	 * then the projects in the order of the list.
	 */
	DisclosureDocument disclosure(int year, Summary.Department department) {
		Summary summary = summary(year, department);
		List<PublishedTable> shown = published(year).stream()
			.filter(PublishedTable::isPublic)
			.filter(table -> department == null || Objects.equals(table.departmentId(), department.id()))
			.sorted(Comparator.comparing((PublishedTable table) -> table.isProject()).thenComparing(BY_AMOUNT))
			.toList();
		return new DisclosureDocument(summary, shown);
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

	private List<PublishedTable> published(Integer year) {
		return withContent(tables.findPublishedTables(year), tables.publishedContents(year));
	}

	private List<PublishedTable> withContent(List<TargetTable> found) {
		return withContent(found, tables.approvedContents(found));
	}

	/** Three reads whatever the number of tables: the tables, their approved contents, and their units. */
	private List<PublishedTable> withContent(List<TargetTable> found, Map<Long, TableContent> contents) {
		Map<Long, Organization> units = directory.withParents(found.stream().map(TargetTable::getUnitId).toList());
		List<PublishedTable> result = new ArrayList<>();
		for (TargetTable table : found) {
			TableContent content = contents.get(table.getId());
			if (content == null) {
				continue; // published without a frozen version: nothing may be shown
			}
			Organization unit = units.get(table.getUnitId());
			Organization department = unit.department();
			result.add(new PublishedTable(table.getId(), table.getYear(), table.getKind(), table.getFormat(),
					unit.getId(), unit.getName(), department == null ? null : department.getId(),
					department == null ? null : department.getName(), table.getDisclosure(), table.getApprovedVersion(),
					content));
		}
		return result;
	}

	private static Summary.Department department(PublishedTable table) {
		return table.departmentId() == null ? null : new Summary.Department(table.departmentId(), table.departmentName());
	}

	private static Summary.Statement statement(List<PublishedTable> all) {
		List<PublishedTable> units = all.stream().filter(table -> table.kind() == TableKind.UNIT).toList();
		List<PublishedTable> projects = all.stream().filter(PublishedTable::isProject).toList();
		int open = (int) projects.stream().filter(PublishedTable::isPublic).count();
		return new Summary.Statement(units.size(), sum(units), projects.size(), sum(projects), open,
				projects.size() - open);
	}

	private static BigDecimal sum(List<PublishedTable> tables) {
		return tables.stream().map(PublishedTable::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
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
