package io.jixiao.monitoring;

import io.jixiao.organizations.Account;
import io.jixiao.system.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The monitoring part of the JSON API (api.md, Monitoring). */
@RestController
@RequestMapping("/api/v1")
class MonitoringApiController {

	private final MonitoringCommands commands;
	private final MonitoringQueries queries;
	private final MonitoringTaskList taskList;

	MonitoringApiController(MonitoringCommands commands, MonitoringQueries queries, MonitoringTaskList taskList) {
		this.taskList = taskList;
		this.commands = commands;
		this.queries = queries;
	}

	record RoundBody(Integer year, String period, LocalDate dueDate) {
	}

	record SourceBody(BigDecimal adjusted, BigDecimal executed) {
	}

	/** The totals alone (a table without 其他资金), or each source. */
	record BudgetBody(BigDecimal adjusted, BigDecimal executed, SourceBody fiscal, SourceBody other) {
	}

	record RowBody(Integer index, String actualToDate, String expectedFullYear, List<String> deviationReasons,
			String likelihood, String explanation, String measures) {
	}

	record ReportBody(Long version, BudgetBody budget, String overallProgress, List<RowBody> indicators) {
	}

	record ReviewBody(String decision, String comment, Boolean keyMonitoring, String rectification) {
	}

	record RectificationBody(String result) {
	}

	@PostMapping("/monitoring/rounds")
	@ResponseStatus(HttpStatus.CREATED)
	MonitoringCommands.Opened open(@AuthenticationPrincipal Account account, @RequestBody RoundBody body) {
		if (body.year() == null) {
			throw new InvalidInputException("monitoring.yearRequired");
		}
		return commands.openRound(account, body.year(), body.period(), body.dueDate());
	}

	/** Adds the tables of the round's year approved since it opened: {@code {"added": N}}. */
	@PostMapping("/monitoring/rounds/{id}/additions")
	Map<String, Integer> addApprovedSince(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return Map.of("added", commands.addApprovedSince(account, id));
	}

	@GetMapping("/monitoring/rounds/{id}")
	RoundOverview round(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return queries.overview(account, id);
	}

	@GetMapping("/tables/{id}/monitoring")
	List<MonitoringQueries.TableReport> ofTable(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return queries.ofTable(account, id);
	}

	@GetMapping("/monitoring/{rid}")
	ReportView report(@AuthenticationPrincipal Account account, @PathVariable long rid) {
		return queries.report(account, rid);
	}

	@PutMapping("/monitoring/{rid}")
	ReportView fill(@AuthenticationPrincipal Account account, @PathVariable long rid, @RequestBody ReportBody body) {
		if (body.version() == null) {
			throw new InvalidInputException("monitoring.versionRequired");
		}
		commands.fill(account, rid, body.version(), filling(body, queries.report(account, rid)));
		return queries.report(account, rid);
	}

	@PostMapping("/monitoring/{rid}/submit")
	ReportView submit(@AuthenticationPrincipal Account account, @PathVariable long rid) {
		commands.submit(account, rid);
		return queries.report(account, rid);
	}

	@PostMapping("/monitoring/{rid}/review")
	ReportView review(@AuthenticationPrincipal Account account, @PathVariable long rid, @RequestBody ReviewBody body) {
		commands.review(account, rid, body.decision(), body.comment(), Boolean.TRUE.equals(body.keyMonitoring()),
				body.rectification());
		return queries.report(account, rid);
	}

	@PostMapping("/monitoring/{rid}/rectification")
	ReportView rectify(@AuthenticationPrincipal Account account, @PathVariable long rid,
			@RequestBody RectificationBody body) {
		commands.rectify(account, rid, body.result());
		return queries.report(account, rid);
	}

	@GetMapping("/monitoring/tasks")
	List<MonitoringQueries.TaskRow> tasks(@AuthenticationPrincipal Account account) {
		return taskList.tasks(account);
	}

	/**
	 * The rows in the report's order, each from the body's row of that index (a row left out stays empty); the
	 * totals alone count as 财政拨款 where the table has no 其他资金.
	 */
	static ReportFilling filling(ReportBody body, ReportView current) {
		int rows = current.indicators().size();
		Map<Integer, RowBody> byIndex = new java.util.HashMap<>();
		if (body.indicators() != null) {
			for (RowBody row : body.indicators()) {
				if (row.index() == null || row.index() < 0 || row.index() >= rows) {
					throw new InvalidInputException("monitoring.rowIndex", rows);
				}
				byIndex.put(row.index(), row);
			}
		}
		List<RowFilling> fillings = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			RowBody r = byIndex.get(i);
			fillings.add(r == null ? new RowFilling(null, null, null, null, null, null)
					: new RowFilling(r.actualToDate(), r.expectedFullYear(), r.deviationReasons(), r.likelihood(),
							r.explanation(), r.measures()));
		}
		BudgetBody budget = body.budget() == null ? new BudgetBody(null, null, null, null) : body.budget();
		BigDecimal otherInitial = current.budget().other().initial();
		boolean hasOther = otherInitial != null && otherInitial.signum() > 0;
		boolean totalsOnly = budget.fiscal() == null && budget.other() == null;
		if (totalsOnly && hasOther && (budget.adjusted() != null || budget.executed() != null)) {
			throw new InvalidInputException("monitoring.perSource");
		}
		SourceBody fiscal = totalsOnly ? new SourceBody(budget.adjusted(), budget.executed())
				: budget.fiscal() == null ? new SourceBody(null, null) : budget.fiscal();
		SourceBody none = hasOther ? new SourceBody(null, null) : new SourceBody(BigDecimal.ZERO, BigDecimal.ZERO);
		SourceBody other = budget.other() == null ? none : budget.other();
		return new ReportFilling(fiscal.adjusted(), fiscal.executed(), other.adjusted(), other.executed(),
				body.overallProgress(), fillings);
	}
}
