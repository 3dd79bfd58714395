package io.jixiao.evaluation;

import io.jixiao.organizations.Account;
import io.jixiao.system.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

/** The self-evaluation part of the JSON API (api.md, Self-evaluation). */
@RestController
@RequestMapping("/api/v1")
class EvaluationApiController {

	private final EvaluationCommands commands;
	private final EvaluationQueries queries;
	private final EvaluationTaskList taskList;

	EvaluationApiController(EvaluationCommands commands, EvaluationQueries queries, EvaluationTaskList taskList) {
		this.commands = commands;
		this.queries = queries;
		this.taskList = taskList;
	}

	record RoundBody(Integer year, LocalDate dueDate) {
	}

	record SourceBody(BigDecimal annual, BigDecimal executed) {
	}

	/** The totals alone (a table without 其他资金), or each source. */
	record BudgetBody(BigDecimal annual, BigDecimal executed, SourceBody fiscal, SourceBody other) {
	}

	record RowBody(Integer index, String actual, String level, BigDecimal judgedPercent, Boolean notApplicable,
			String analysis) {
	}

	record EvaluationBody(Long version, BudgetBody budget, String overallResult, List<RowBody> indicators,
			String conclusion, String problems, String improvements) {
	}

	record ScoreBody(Integer index, BigDecimal score) {
	}

	record ReviewBody(String decision, String comment, List<ScoreBody> scores) {
	}

	@PostMapping("/evaluation/rounds")
	@ResponseStatus(HttpStatus.CREATED)
	EvaluationCommands.Opened open(@AuthenticationPrincipal Account account, @RequestBody RoundBody body) {
		if (body.year() == null) {
			throw new InvalidInputException("evaluation.year");
		}
		return commands.openRound(account, body.year(), body.dueDate());
	}

	/** Adds the tables of the round's year approved since it opened: {@code {"added": N}}. */
	@PostMapping("/evaluation/rounds/{id}/additions")
	Map<String, Integer> addApprovedSince(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return Map.of("added", commands.addApprovedSince(account, id));
	}

	@GetMapping("/evaluation/rounds/{id}")
	EvaluationOverview round(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return queries.overview(account, id);
	}

	@GetMapping("/tables/{id}/evaluation")
	EvaluationView ofTable(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return queries.ofTable(account, id);
	}

	@GetMapping("/evaluations/{eid}")
	EvaluationView evaluation(@AuthenticationPrincipal Account account, @PathVariable long eid) {
		return queries.evaluation(account, eid);
	}

	@PutMapping("/evaluations/{eid}")
	EvaluationView fill(@AuthenticationPrincipal Account account, @PathVariable long eid,
			@RequestBody EvaluationBody body) {
		if (body.version() == null) {
			throw new InvalidInputException("evaluation.versionRequired");
		}
		EvaluationView current = queries.evaluation(account, eid);
		commands.fill(account, eid, body.version(), filling(body, current));
		return queries.evaluation(account, eid);
	}

	@PostMapping("/evaluations/{eid}/submit")
	EvaluationView submit(@AuthenticationPrincipal Account account, @PathVariable long eid) {
		commands.submit(account, eid);
		return queries.evaluation(account, eid);
	}

	@PostMapping("/evaluations/{eid}/review")
	EvaluationView review(@AuthenticationPrincipal Account account, @PathVariable long eid,
			@RequestBody ReviewBody body) {
		Map<Integer, BigDecimal> scores = new LinkedHashMap<>();
		if (body.scores() != null) {
			for (ScoreBody s : body.scores()) {
				if (s.index() == null || s.score() == null) {
					throw new InvalidInputException("evaluation.scoreRequired");
				}
				scores.put(s.index(), s.score());
			}
		}
		commands.review(account, eid, body.decision(), body.comment(), scores);
		return queries.evaluation(account, eid);
	}

	@GetMapping("/evaluation/tasks")
	List<EvaluationTaskList.TaskRow> tasks(@AuthenticationPrincipal Account account) {
		return taskList.tasks(account);
	}

	/**
	 * The body as the unit's figures, rows in the evaluation's order (a row left out stays empty). Totals alone go
	 * to 财政拨款 when the table has no 其他资金; with 其他资金 each source must be given.
	 */
	static EvaluationFilling filling(EvaluationBody body, EvaluationView current) {
		int size = current.indicators().size();
		Map<Integer, RowBody> byIndex = new HashMap<>();
		if (body.indicators() != null) {
			for (RowBody row : body.indicators()) {
				if (row.index() == null || row.index() < 0 || row.index() >= size) {
					throw new InvalidInputException("evaluation.rowIndex", size);
				}
				byIndex.put(row.index(), row);
			}
		}
		List<EvaluationFilling.Row> rows = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			RowBody r = byIndex.get(i);
			rows.add(r == null ? new EvaluationFilling.Row(null, null, null, false, null)
					: new EvaluationFilling.Row(r.actual(), r.level(), r.judgedPercent(),
							Boolean.TRUE.equals(r.notApplicable()), r.analysis()));
		}
		BudgetBody budget = body.budget() == null ? new BudgetBody(null, null, null, null) : body.budget();
		SourceBody fiscal = budget.fiscal();
		SourceBody other = budget.other();
		if (fiscal == null && other == null) {
			BigDecimal otherInitial = current.budget().other().initial();
			if (otherInitial != null && otherInitial.signum() > 0 && (budget.annual() != null || budget.executed() != null)) {
				throw new InvalidInputException("evaluation.perSource");
			}
			fiscal = new SourceBody(budget.annual(), budget.executed());
			other = new SourceBody(BigDecimal.ZERO, BigDecimal.ZERO);
		}
		fiscal = fiscal == null ? new SourceBody(null, null) : fiscal;
		other = other == null ? new SourceBody(BigDecimal.ZERO, BigDecimal.ZERO) : other;
		return new EvaluationFilling(fiscal.annual(), fiscal.executed(), other.annual(), other.executed(),
				body.overallResult(), body.conclusion(), body.problems(), body.improvements(), rows);
	}
}
