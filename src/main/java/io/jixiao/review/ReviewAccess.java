package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.OrganizationDirectory.Person;
import io.jixiao.organizations.Role;
import io.jixiao.system.ConflictException;
import io.jixiao.system.ForbiddenException;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TargetTable;
import java.util.List;
import java.util.Optional;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/** Who may work on a table's review now: the task's holder or candidates, the groups, the publishers. */
@Component
class ReviewAccess {

	static final String FINANCE_GROUP = "finance";
	static final String ADMIN_GROUP = "admin";

	private final EngineQueries engine;
	private final ReviewEvents events;
	private final TableService tables;
	private final OrganizationDirectory directory;

	ReviewAccess(EngineQueries engine, ReviewEvents events, TableService tables, OrganizationDirectory directory) {
		this.engine = engine;
		this.events = events;
		this.tables = tables;
		this.directory = directory;
	}

	/** The open review task (department or finance) of the table, if this user may decide on it; 409 or 403. */
	Task reviewTaskFor(Account account, TargetTable table) {
		Optional<Task> task = engine.openTask(table)
			.filter(t -> Stage.ofTask(t.getTaskDefinitionKey()).isReview());
		if (task.isEmpty()) {
			throw new ConflictException("review.noTask");
		}
		if (!mayAct(account, table, task.get())) {
			// the same reviewer repeating a decision that already moved the table on: a conflict, not a permission
			if (actedSince(events.findByTableIdOrderById(table.getId()), account.id())) {
				throw new ConflictException("review.noTask");
			}
			throw new ForbiddenException("review.notYourTask");
		}
		return task.get();
	}

	/** Holder or candidate of the task, in the right role, and not the table's own drafter. */
	boolean mayAct(Account account, TargetTable table, Task task) {
		Stage stage = Stage.ofTask(task.getTaskDefinitionKey());
		if (!account.hasRole(stage.role())) {
			return false;
		}
		if (table.getCreatedBy() == account.id()
				|| (table.getSubmittedBy() != null && table.getSubmittedBy() == account.id())) {
			return false;
		}
		if (task.getAssignee() != null) {
			return task.getAssignee().equals(String.valueOf(account.id()));
		}
		if (stage == Stage.DEPT_REVIEW) {
			// a department reviewer sees exactly the tables of the department and its units
			return tables.maySee(account, table);
		}
		return true;
	}

	/** Who works on a stage of this table: the department's reviewers, finance, or the unit's leads. */
	List<Long> candidates(TargetTable table, Stage stage) {
		long organization = switch (stage) {
			case DEPT_REVIEW -> {
				Organization department = directory.get(table.getUnitId()).department();
				yield department == null ? -1 : department.getId();
			}
			case FINANCE_REVIEW, PUBLICATION -> directory.financeBureau().map(Organization::getId).orElse(-1L);
			case REVISE -> table.getUnitId();
		};
		return directory.people(stage.role(), organization).stream().map(Person::id).toList();
	}

	/** The groups a user's tasks are offered to, as the BPMN names them. */
	static List<String> groups(Account account) {
		return switch (account.role()) {
			case LEAD -> List.of("unit-" + account.organizationId());
			case DEPT_REVIEWER -> List.of("dept-" + account.organizationId());
			case FINANCE_REVIEWER -> List.of(FINANCE_GROUP);
			case ADMIN -> List.of(ADMIN_GROUP);
		};
	}

	/** Whether a reviewer decided or handed over since the last submission. */
	static boolean actedSince(List<ReviewEvent> steps) {
		for (int i = steps.size() - 1; i >= 0; i--) {
			ReviewAction action = steps.get(i).getAction();
			if (action == ReviewAction.SUBMIT) {
				return false;
			}
			if (action.isDecision() || action == ReviewAction.HANDOVER) {
				return true;
			}
		}
		return false;
	}

	/** Whether this user decided on the table since its last submission. */
	static boolean actedSince(List<ReviewEvent> steps, long userId) {
		for (int i = steps.size() - 1; i >= 0; i--) {
			ReviewEvent step = steps.get(i);
			if (step.getAction() == ReviewAction.SUBMIT) {
				return false;
			}
			if (step.getAction().isDecision() && step.getActorId() == userId) {
				return true;
			}
		}
		return false;
	}

	static boolean isPublisher(Account account) {
		return account.hasRole(Role.FINANCE_REVIEWER) || account.hasRole(Role.ADMIN);
	}

	static void requirePublisher(Account account) {
		if (!isPublisher(account)) {
			throw new ForbiddenException("review.notYourTask");
		}
	}

	static void requireDrafterUnit(Account account, TargetTable table) {
		if (!account.hasRole(Role.LEAD) || account.organizationId() != table.getUnitId()) {
			throw new ForbiddenException("error.forbidden");
		}
	}
}
