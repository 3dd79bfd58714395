package io.jixiao.evaluation;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.Role;
import io.jixiao.system.ConflictException;
import io.jixiao.system.ForbiddenException;
import io.jixiao.system.NotFoundException;
import java.util.List;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a self-evaluation: see it (as one may see its table), fill and submit it (its unit's lead),
 * decide on and re-score it (the reviewer of the stage it waits at, never the one who submitted it), open rounds
 * (finance, admin).
 */
@Component
class EvaluationAccess {

	private final Evaluations evaluations;
	private final OrganizationDirectory directory;
	private final EvaluationProcess process;

	EvaluationAccess(Evaluations evaluations, OrganizationDirectory directory, EvaluationProcess process) {
		this.evaluations = evaluations;
		this.directory = directory;
		this.process = process;
	}

	/** An evaluation with its rows: 404 when missing, 403 when its unit is not the user's to see. */
	Evaluation evaluation(Account account, long id) {
		Evaluation evaluation = evaluations.findWithRows(id)
			.orElseThrow(() -> new NotFoundException("evaluation " + id));
		if (!maySee(account, evaluation)) {
			throw new ForbiddenException("error.forbidden");
		}
		return evaluation;
	}

	boolean maySee(Account account, Evaluation evaluation) {
		return directory.maySee(account, evaluation.getUnitId(), evaluation.getDepartmentId());
	}

	static boolean isUnitLead(Account account, Evaluation evaluation) {
		return account.isLeadOf(evaluation.getUnitId());
	}

	static void requireUnitLead(Account account, Evaluation evaluation) {
		if (!isUnitLead(account, evaluation)) {
			throw new ForbiddenException("error.forbidden");
		}
	}

	static void requireFinance(Account account) {
		if (!account.isFinanceOrAdmin()) {
			throw new ForbiddenException("error.forbidden");
		}
	}

	/** The open task at one of the given steps: 409 when the evaluation waits elsewhere (or nowhere). */
	Task taskAt(Evaluation evaluation, String... keys) {
		Task task = process.openTask(evaluation.getId())
			.orElseThrow(() -> new ConflictException("evaluation.noTask"));
		if (!List.of(keys).contains(task.getTaskDefinitionKey())) {
			throw new ConflictException("evaluation.noTask");
		}
		return task;
	}

	/** The review task this user may decide on: the department's reviewer, or finance; 409 or 403 otherwise. */
	Task reviewTask(Account account, Evaluation evaluation) {
		Task task = taskAt(evaluation, EvaluationProcess.DEPT_REVIEW, EvaluationProcess.FINANCE_REVIEW);
		if (!mayReview(account, evaluation, task)) {
			throw new ForbiddenException("evaluation.notYourTask");
		}
		return task;
	}

	/** Segregation of duties: whoever submitted an evaluation never reviews it. */
	static boolean mayReview(Account account, Evaluation evaluation, Task task) {
		if (evaluation.getSubmittedBy() != null && evaluation.getSubmittedBy() == account.id()) {
			return false;
		}
		if (EvaluationProcess.DEPT_REVIEW.equals(task.getTaskDefinitionKey())) {
			return account.hasRole(Role.DEPT_REVIEWER) && account.organizationId() == evaluation.getDepartmentId();
		}
		return account.hasRole(Role.FINANCE_REVIEWER);
	}
}
