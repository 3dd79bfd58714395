package io.jixiao.evaluation;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.review.UnitDocument;
import io.jixiao.system.NotFoundException;
import io.jixiao.targets.Grade;
import io.jixiao.targets.TableService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.flowable.task.api.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of self-evaluation: an evaluation with its scores, a table's, a round's overview, a user's tasks. */
@Service
@Transactional(readOnly = true)
public class EvaluationQueries {

	private final Evaluations evaluations;
	private final EvaluationRounds rounds;
	private final EvaluationAccess access;
	private final EvaluationJudge judge;
	private final EvaluationProcess process;
	private final TableService tables;
	private final OrganizationDirectory directory;
	private final Clock clock;
	private final ZoneId zone;

	EvaluationQueries(Evaluations evaluations, EvaluationRounds rounds, EvaluationAccess access, EvaluationJudge judge,
			EvaluationProcess process, TableService tables, OrganizationDirectory directory, Clock clock,
			@Value("${app.time-zone:Asia/Shanghai}") String zone) {
		this.evaluations = evaluations;
		this.rounds = rounds;
		this.access = access;
		this.judge = judge;
		this.process = process;
		this.tables = tables;
		this.directory = directory;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	/** An evaluation as the user may see it, scored by the rule set of its year now. */
	EvaluationView evaluation(Account account, long id) {
		return view(access.evaluation(account, id));
	}

	/** The evaluation as its notifications see it, named by its project, or for a unit as a whole by the unit. */
	UnitDocument document(Evaluation e) {
		return new UnitDocument(e.getId(), e.getTableId(), name(e, unit -> directory.get(unit).getName()),
				e.getUnitId(), e.getDepartmentId());
	}

	/** What an evaluation is named by: its project, or for a unit as a whole the unit. */
	static String name(Evaluation e, LongFunction<String> unitName) {
		return e.getProjectName() != null ? e.getProjectName() : unitName.apply(e.getUnitId());
	}

	/** An evaluation without regard to the user: only for what has already been found public. */
	EvaluationView view(Evaluation e) {
		int year = judge.round(e).getYear();
		RuleSet rules = judge.rules(year);
		Scorecard card = Scoring.score(rules, e.input(), false);
		Scorecard review = e.isRescored() ? Scoring.score(rules, e.input(), true) : null;
		return EvaluationView.of(e, year, directory.get(e.getUnitId()).getName(), card, review,
				judge.findings(e, card), judge);
	}

	/** The open task on an evaluation, if any, and whether this user may act on it. */
	record Turn(String step, boolean mine, Instant due) {
	}

	Turn turn(Account account, long id) {
		Evaluation evaluation = access.evaluation(account, id);
		return process.openTask(id).map(t -> new Turn(t.getTaskDefinitionKey(), mayAct(account, evaluation, t),
				t.getDueDate() == null ? null : t.getDueDate().toInstant())).orElse(new Turn(null, false, null));
	}

	private static boolean mayAct(Account account, Evaluation evaluation, Task task) {
		return EvaluationProcess.FILL.equals(task.getTaskDefinitionKey())
				? EvaluationAccess.isUnitLead(account, evaluation)
				: EvaluationAccess.mayReview(account, evaluation, task);
	}

	/** The evaluation of a table's year (403/404 as for the table; 404 when none was opened). */
	EvaluationView ofTable(Account account, long tableId) {
		tables.head(account, tableId);
		Evaluation found = evaluations.findFirstByTableIdOrderByIdDesc(tableId)
			.orElseThrow(() -> new NotFoundException("evaluation of table " + tableId));
		return evaluation(account, found.getId());
	}

	/** A table's evaluation as a caller outside the module fills it: id, version and the rows' names in order. */
	public record Handle(long id, long version, List<String> rows) {
	}

	/** The evaluation of a table (403/404 as for {@link #ofTable}). */
	public Handle handle(Account account, long tableId) {
		EvaluationView view = ofTable(account, tableId);
		return new Handle(view.id(), view.version(), view.indicators().stream().map(EvaluationView.Row::name).toList());
	}

	/** A round as finance's list shows it. */
	record RoundRow(long id, int year, LocalDate dueDate) {
	}

	List<RoundRow> rounds(Account account) {
		EvaluationAccess.requireFinance(account);
		return rounds.findAll(Sort.by(Sort.Direction.DESC, "id")).stream()
			.map(r -> new RoundRow(r.getId(), r.getYear(), r.getDueDate())).toList();
	}

	/**
	 * The round's counts, from one grouped statement over its evaluations and one over the departments' names; the
	 * grade counted is the reviewer's where one re-scored.
	 */
	EvaluationOverview overview(Account account, long roundId) {
		EvaluationAccess.requireFinance(account);
		EvaluationRound round = rounds.findById(roundId)
			.orElseThrow(() -> new NotFoundException("round " + roundId));
		boolean pastDue = LocalDate.now(clock.withZone(zone)).isAfter(round.getDueDate());
		Map<Long, Tally> perDepartment = new TreeMap<>();
		Tally all = new Tally();
		for (Object[] row : evaluations.countByRound(roundId)) {
			long department = ((Number) row[0]).longValue();
			Tally tally = perDepartment.computeIfAbsent(department, d -> new Tally());
			for (Tally t : List.of(tally, all)) {
				t.add((EvaluationStatus) row[1], row[3] != null ? (String) row[3] : (String) row[2],
						((Number) row[4]).longValue(), (BigDecimal) row[5], ((Number) row[6]).longValue(),
						(BigDecimal) row[7], pastDue);
			}
		}
		Map<Long, Organization> names = directory.withParents(perDepartment.keySet());
		List<EvaluationOverview.Department> departments = new ArrayList<>();
		perDepartment.forEach((id, t) -> {
			Organization org = names.get(id);
			departments.add(new EvaluationOverview.Department(id, org == null ? "" : org.getName(), t.count,
					t.funds, t.submitted, t.overdue, t.byStatus, t.byGrade, t.average()));
		});
		return new EvaluationOverview(round.getId(), round.getYear(), round.getDueDate(), all.count, all.submitted,
				all.overdue, all.byStatus, all.byGrade, all.average(), departments);
	}

	/** Counts of one department (or of the round) as the grouped rows arrive. */
	private static final class Tally {

		long count;
		long submitted;
		long overdue;
		long scored;
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal funds = BigDecimal.ZERO;
		final Map<String, Long> byStatus = new LinkedHashMap<>();
		final Map<String, Long> byGrade = new LinkedHashMap<>();

		Tally() {
			for (EvaluationStatus s : EvaluationStatus.values()) {
				byStatus.put(s.name(), 0L);
			}
			for (Grade g : Grade.values()) {
				byGrade.put(g.label(), 0L);
			}
		}

		void add(EvaluationStatus status, String grade, long n, BigDecimal total, long totals, BigDecimal money,
				boolean pastDue) {
			count += n;
			if (!status.isEditable()) {
				submitted += n;
			}
			else if (pastDue) {
				overdue += n;
			}
			byStatus.merge(status.name(), n, Long::sum);
			// a grade counts once the unit has submitted: a draft's score is still moving
			if (grade != null && !status.isEditable()) {
				byGrade.merge(grade, n, Long::sum);
			}
			if (total != null && !status.isEditable()) {
				sum = sum.add(total);
				scored += totals;
			}
			funds = funds.add(money == null ? BigDecimal.ZERO : money);
		}

		BigDecimal average() {
			return scored == 0 ? null : sum.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
		}
	}
}
