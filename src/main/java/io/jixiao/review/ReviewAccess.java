package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.Actor;
import io.jixiao.organizations.DeputyAdmin;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.OrganizationDirectory.Person;
import io.jixiao.organizations.Role;
import io.jixiao.system.ConflictException;
import io.jixiao.system.ForbiddenException;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TargetTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flowable.task.api.Task;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Who may work on a table's review now: the task's holder or candidates, the groups, the publishers. A finance task
 * is offered to the section managing the table's department (its group is also the task's category, so the check
 * reads no identity links), and a deputy (委托) may act where the absent reviewer could.
 */
@Component
class ReviewAccess {

	static final String FINANCE_GROUP = "finance";
	static final String ADMIN_GROUP = "admin";
	/** The group of a finance section's reviewers: this prefix and the section's id. */
	static final String SECTION_GROUP = "finance-section-";

	private final EngineQueries engine;
	private final ReviewEvents events;
	private final TableService tables;
	private final OrganizationDirectory directory;
	private final DeputyAdmin deputies;
	private final MessageSource messages;

	ReviewAccess(EngineQueries engine, ReviewEvents events, TableService tables, OrganizationDirectory directory,
			DeputyAdmin deputies, MessageSource messages) {
		this.engine = engine;
		this.events = events;
		this.tables = tables;
		this.directory = directory;
		this.deputies = deputies;
		this.messages = messages;
	}

	/** Whose tasks a user's lists show: the user's own and those of the reviewers they stand in for today. */
	record Inbox(List<String> assignees, List<String> groups) {

		/**
		 * The SQL with parameter marks for the holders in its first format argument and for the groups in its second
		 * ({@code none}: a list that matches nothing), the {@code others} after them.
		 */
		String sql(String template, Object... others) {
			Object[] arguments = new Object[others.length + 2];
			arguments[0] = marks(assignees.size());
			arguments[1] = marks(groups.size());
			System.arraycopy(others, 0, arguments, 2, others.length);
			return template.formatted(arguments);
		}

		/** The values for {@link #sql}'s marks: the holders, then the groups. */
		List<Object> arguments() {
			List<Object> values = new ArrayList<>(assignees);
			values.addAll(groups);
			return values;
		}

		private static String marks(int count) {
			return count == 0 ? "null" : String.join(", ", Collections.nCopies(count, "?"));
		}
	}

	Inbox inbox(Account account) {
		List<String> assignees = new ArrayList<>(List.of(String.valueOf(account.id())));
		List<String> groups = new ArrayList<>(groups(account));
		for (DeputyAdmin.Absent absent : deputies.absentFor(account)) {
			assignees.add(String.valueOf(absent.userId()));
			String group = account.hasRole(Role.FINANCE_REVIEWER) ? financeGroup(absent.sectionId()) : null;
			if (group != null && !groups.contains(group)) {
				groups.add(group);
			}
		}
		return new Inbox(assignees, groups);
	}

	/** The candidate group of a finance task of a department managed by this section (null: the whole bureau). */
	static String financeGroup(Long sectionId) {
		return sectionId == null ? FINANCE_GROUP : SECTION_GROUP + sectionId;
	}

	/**
	 * Who acts on the task, as events record it: the user, or when standing in for the absent holder or section,
	 * the user named as deputy of that reviewer (代理).
	 */
	Actor actor(Account account, Task task) {
		if (ownTask(account, task)) {
			return account.actor();
		}
		Optional<Long> absent = standingInFor(account, task).filter(id -> id != account.id());
		String name = absent.flatMap(directory::person).map(OrganizationDirectory.Person::displayName).orElse(null);
		if (name == null) {
			return account.actor();
		}
		Actor own = account.actor();
		return new Actor(own.id(), messages.getMessage("review.deputyActor", new Object[] { own.displayName(), name },
				Locale.SIMPLIFIED_CHINESE), own.organizationId(), own.username());
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
		if (stage == Stage.DEPT_REVIEW && task.getAssignee() == null) {
			// a department reviewer sees exactly the tables of the department and its units
			return tables.maySee(account, table);
		}
		return ownTask(account, task) || standingInFor(account, task).isPresent();
	}

	/**
	 * Held by the user, or offered to a group that is not a section's (the role decides); reads nothing. A section's
	 * task is checked against the user's section now, not as at sign-in.
	 */
	private static boolean ownTask(Account account, Task task) {
		if (task.getAssignee() != null) {
			return task.getAssignee().equals(String.valueOf(account.id()));
		}
		return task.getCategory() == null || !task.getCategory().startsWith(SECTION_GROUP);
	}

	/**
	 * For a task that is not plainly the user's: the user's own id when it is offered to the user's section, else
	 * the absent reviewer whose task this user may take today as deputy.
	 */
	private Optional<Long> standingInFor(Account account, Task task) {
		if (task.getAssignee() == null && account.hasRole(Role.FINANCE_REVIEWER) && directory.sectionOfUser(account.id())
			.map(s -> financeGroup(s.id()).equals(task.getCategory())).orElse(false)) {
			return Optional.of(account.id());
		}
		return deputies.absentFor(account).stream()
			.filter(a -> task.getAssignee() != null ? task.getAssignee().equals(String.valueOf(a.userId()))
					: financeGroup(a.sectionId()).equals(task.getCategory()))
			.map(DeputyAdmin.Absent::userId)
			.findFirst();
	}

	/**
	 * Who works on the task: the department's reviewers, the finance section it was offered to (or the whole
	 * bureau), or the unit's leads.
	 */
	List<Long> candidates(TargetTable table, Task task) {
		String group = task.getCategory();
		if (group != null && group.startsWith(SECTION_GROUP)) {
			return directory.sectionReviewers(Long.parseLong(group.substring(SECTION_GROUP.length())));
		}
		return candidates(table, Stage.ofTask(task.getTaskDefinitionKey()));
	}

	/** Who works on a stage of this table: the department's reviewers, finance, or the unit's leads. */
	private List<Long> candidates(TargetTable table, Stage stage) {
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
			case FINANCE_REVIEWER -> account.sectionId() == null ? List.of(FINANCE_GROUP)
					: List.of(FINANCE_GROUP, financeGroup(account.sectionId()));
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
		return account.isFinanceOrAdmin();
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
