package io.jixiao.monitoring;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.Role;
import io.jixiao.system.NotFoundException;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TableStatus;
import io.jixiao.targets.TargetTable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flowable.task.api.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of monitoring: a report with its judgement, a table's reports, a round's overview, a user's tasks. */
@Service
@Transactional(readOnly = true)
public class MonitoringQueries {

	private final MonitoringReports reports;
	private final MonitoringRounds rounds;
	private final MonitoringAccess access;
	private final MonitoringJudge judge;
	private final ReportProcess process;
	private final TableService tables;
	private final OrganizationDirectory directory;
	private final Clock clock;
	private final ZoneId zone;

	MonitoringQueries(MonitoringReports reports, MonitoringRounds rounds, MonitoringAccess access,
			MonitoringJudge judge, ReportProcess process, TableService tables, OrganizationDirectory directory,
			Clock clock, @Value("${app.time-zone:Asia/Shanghai}") String zone) {
		this.reports = reports;
		this.rounds = rounds;
		this.access = access;
		this.judge = judge;
		this.process = process;
		this.tables = tables;
		this.directory = directory;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	/** A report as the user may see it, judged by its round's rules now. */
	ReportView report(Account account, long id) {
		MonitoringReport report = access.report(account, id);
		Assessment assessment = judge.assess(report);
		return ReportView.of(report, judge.round(report), directory.get(report.getUnitId()).getName(), assessment,
				judge.words(assessment));
	}

	/**
	 * 申请调整 from the report, for its unit's lead: open when the report is red or yellow and its table approved or
	 * published without an adjustment open (the table is read only then); the adjustment it already proposed, if any.
	 */
	AdjustmentProposal proposal(Account account, ReportView view) {
		Integer number = access.report(account, view.id()).getAdjustmentNumber();
		boolean offTarget = Light.RED.name().equals(view.light()) || Light.YELLOW.name().equals(view.light());
		if (!offTarget || !account.hasRole(Role.LEAD) || account.organizationId() != view.unitId()) {
			return new AdjustmentProposal(false, null, number);
		}
		TargetTable table = tables.head(account, view.tableId());
		boolean open = table.getAdjustment() == null
				&& (table.getStatus() == TableStatus.APPROVED || table.getStatus() == TableStatus.PUBLISHED);
		return new AdjustmentProposal(open, open ? AdjustmentProposal.reason(view, judge::text) : null, number);
	}

	/**
	 * The report against the same table's report of the latest earlier period of the same year, or null when this is
	 * the year's first (the caller has already been let see the report).
	 */
	PeriodComparison previousPeriod(ReportView view) {
		Period period = Period.of(view.period());
		List<MonitoringReport> ofTable = reports.findByTableIdOrderById(view.tableId());
		Map<Long, MonitoringRound> byId = roundsById(ofTable.stream().map(MonitoringReport::getRoundId).toList());
		MonitoringReport latest = null;
		Period latestPeriod = null;
		for (MonitoringReport r : ofTable) {
			MonitoringRound round = byId.get(r.getRoundId());
			if (round.getYear() == view.year() && round.getPeriod().compareTo(period) < 0
					&& (latestPeriod == null || round.getPeriod().compareTo(latestPeriod) > 0)) {
				latest = r;
				latestPeriod = round.getPeriod();
			}
		}
		return latest == null ? null
				: PeriodComparison.of(view, reports.findWithRows(latest.getId()).orElseThrow(), latestPeriod);
	}

	/** The open task on a report, if any, and whether this user may act on it. */
	record Turn(String step, boolean mine, Instant due) {
	}

	Turn turn(Account account, long id) {
		MonitoringReport report = access.report(account, id);
		return process.openTask(id).map(t -> new Turn(t.getTaskDefinitionKey(), mayAct(account, report, t),
				t.getDueDate() == null ? null : t.getDueDate().toInstant())).orElse(new Turn(null, false, null));
	}

	private static boolean mayAct(Account account, MonitoringReport report, Task task) {
		return switch (task.getTaskDefinitionKey()) {
			case ReportProcess.FILL, ReportProcess.RECTIFY -> MonitoringAccess.isUnitLead(account, report);
			default -> MonitoringAccess.mayReview(account, report, task);
		};
	}

	/** A report of a table as its list shows it; {@code version} is what a change of it must name. */
	public record TableReport(long id, long roundId, String period, int year, String status, String light,
			long version) {
	}

	/** A table's reports, oldest round first (403/404 as for the table). */
	public List<TableReport> ofTable(Account account, long tableId) {
		tables.head(account, tableId);
		List<MonitoringReport> found = reports.findByTableIdOrderById(tableId);
		Map<Long, MonitoringRound> byId = roundsById(found.stream().map(MonitoringReport::getRoundId).toList());
		return found.stream().map(r -> {
			MonitoringRound round = byId.get(r.getRoundId());
			return new TableReport(r.getId(), r.getRoundId(), round.getPeriod().code(), round.getYear(),
					r.getStatus().name(), r.getLight() == null ? null : r.getLight().name(), r.getVersion());
		}).toList();
	}

	/**
	 * The 全年预计完成值 of a table's latest report on the given version, by indicator name (empty when it has none):
	 * what a year-end self-evaluation prefills as 实际完成值.
	 */
	public Map<String, String> expectedFullYear(long tableId, int tableVersion) {
		Map<String, String> expected = new LinkedHashMap<>();
		reports.findByTableIdOrderById(tableId).stream().filter(r -> r.getTableVersion() == tableVersion)
			.reduce((first, second) -> second)
			.ifPresent(r -> r.getRows().stream().filter(row -> row.getExpectedFullYear() != null)
				.forEach(row -> expected.putIfAbsent(row.getName(), row.getExpectedFullYear())));
		return expected;
	}

	/** A round as finance's list shows it. */
	record RoundRow(long id, int year, String period, LocalDate dueDate) {
	}

	List<RoundRow> rounds(Account account) {
		MonitoringAccess.requireFinance(account);
		return rounds.findAll(Sort.by(Sort.Direction.DESC, "id")).stream()
			.map(r -> new RoundRow(r.getId(), r.getYear(), r.getPeriod().code(), r.getDueDate())).toList();
	}

	/** The round's counts, from one grouped statement over its reports and one over the departments' names. */
	RoundOverview overview(Account account, long roundId) {
		MonitoringAccess.requireFinance(account);
		MonitoringRound round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("round " + roundId));
		boolean pastDue = LocalDate.now(clock.withZone(zone)).isAfter(round.getDueDate());
		Map<Long, long[]> perDepartment = new TreeMap<>();
		Map<Long, Map<String, Long>> statusPerDepartment = new TreeMap<>();
		Map<String, Long> byStatus = new LinkedHashMap<>();
		for (ReportStatus s : ReportStatus.values()) {
			byStatus.put(s.name(), 0L);
		}
		Map<Light, Long> byLight = new EnumMap<>(Light.class);
		for (Light l : Light.values()) {
			byLight.put(l, 0L);
		}
		for (Object[] row : reports.countByRound(roundId)) {
			long department = ((Number) row[0]).longValue();
			ReportStatus status = (ReportStatus) row[1];
			Light light = (Light) row[2];
			long count = ((Number) row[3]).longValue();
			// reports, submitted, overdue, green, yellow, red
			long[] c = perDepartment.computeIfAbsent(department, d -> new long[6]);
			c[0] += count;
			if (!status.isEditable()) {
				c[1] += count;
			}
			else if (pastDue) {
				c[2] += count;
			}
			if (light != null) {
				c[3 + light.ordinal()] += count;
				byLight.merge(light, count, Long::sum);
			}
			byStatus.merge(status.name(), count, Long::sum);
			statusPerDepartment.computeIfAbsent(department, d -> new LinkedHashMap<>()).merge(status.name(), count,
					Long::sum);
		}
		Map<Long, Organization> names = directory.withParents(perDepartment.keySet());
		List<RoundOverview.Department> departments = new ArrayList<>();
		long total = 0;
		long submitted = 0;
		long overdue = 0;
		for (Map.Entry<Long, long[]> e : perDepartment.entrySet()) {
			long[] c = e.getValue();
			Organization org = names.get(e.getKey());
			departments.add(new RoundOverview.Department(e.getKey(), org == null ? "" : org.getName(), c[0], c[1],
					c[2], c[3], c[4], c[5], statusPerDepartment.get(e.getKey())));
			total += c[0];
			submitted += c[1];
			overdue += c[2];
		}
		Map<String, Long> lights = new LinkedHashMap<>();
		byLight.forEach((l, n) -> lights.put(l.name(), n));
		return new RoundOverview(round.getId(), round.getYear(), round.getPeriod().code(), round.getDueDate(), total,
				submitted, overdue, byStatus, lights, departments);
	}

	/** A monitoring task of this user, as the task list shows it. */
	record TaskRow(long reportId, String projectName, String step, Instant created, Instant due, boolean overdue) {

		/** The report's page, where the shared task table (fragments/tasks) links. */
		public String page() {
			return "/monitoring/reports/" + reportId;
		}
	}

	private Map<Long, MonitoringRound> roundsById(List<Long> ids) {
		Map<Long, MonitoringRound> found = new LinkedHashMap<>();
		rounds.findAllById(ids).forEach(r -> found.put(r.getId(), r));
		return found;
	}
}
