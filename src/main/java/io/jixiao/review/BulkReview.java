package io.jixiao.review;

import io.jixiao.checks.Finding;
import io.jixiao.checks.Severity;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.Role;
import io.jixiao.system.ConflictException;
import io.jixiao.system.ForbiddenException;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.MessageException;
import io.jixiao.system.NotFoundException;
import io.jixiao.targets.Decision;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TargetTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.flowable.common.engine.api.FlowableException;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;

/**
 * A department reviewer's approval of several tables at once (批量同意): each table is decided on its own, in its own
 * transaction with its own transition and audit event, as if approved one by one; a table that may not be approved
 * (another department's, no longer at this reviewer, with ERROR findings) is refused with its reason and left as it
 * was, and the others go through.
 */
@Service
class BulkReview {

	/** The most tables one request decides. */
	static final int MAX_TABLES = 200;

	private final ReviewCommands commands;
	private final TableService tables;
	private final MessageSource messages;

	BulkReview(ReviewCommands commands, TableService tables, MessageSource messages) {
		this.commands = commands;
		this.tables = tables;
		this.messages = messages;
	}

	/** A table not decided: why, as the API's errors say it. */
	record Refusal(long tableId, String error, String message) {
	}

	record Outcome(List<Long> done, List<Refusal> refused) {
	}

	Outcome approve(Account account, List<Long> tableIds, String decision, String comment) {
		if (!account.hasRole(Role.DEPT_REVIEWER)) {
			throw new ForbiddenException("bulk.deptOnly");
		}
		if (!Decision.APPROVE.name().equals(decision)) {
			throw new InvalidInputException("bulk.approveOnly");
		}
		if (tableIds == null || tableIds.isEmpty() || tableIds.size() > MAX_TABLES) {
			throw new InvalidInputException("bulk.count", MAX_TABLES);
		}
		List<Long> done = new ArrayList<>();
		List<Refusal> refused = new ArrayList<>();
		for (long id : new LinkedHashSet<>(tableIds)) {
			try {
				TargetTable table = tables.get(account, id);
				if (tables.check(table).stream().map(Finding::severity).anyMatch(Severity.ERROR::equals)) {
					refused.add(new Refusal(id, "invalid", text("bulk.errors", table.displayName())));
					continue;
				}
				commands.review(account, id, new ReviewForm(decision, null, comment), List.of());
				done.add(id);
			}
			catch (NotFoundException e) {
				refused.add(new Refusal(id, "not_found", text("error.notFound")));
			}
			catch (ForbiddenException e) {
				refused.add(new Refusal(id, "forbidden", text(e)));
			}
			catch (ConflictException e) {
				refused.add(new Refusal(id, "conflict", text(e)));
			}
			catch (InvalidInputException e) {
				refused.add(new Refusal(id, "invalid", text(e)));
			}
			catch (ConcurrencyFailureException | FlowableException e) {
				refused.add(new Refusal(id, "conflict", text("error.concurrent")));
			}
		}
		return new Outcome(done, refused);
	}

	private String text(MessageException e) {
		return messages.getMessage(e.getMessageCode(), e.getArgs(), Locale.SIMPLIFIED_CHINESE);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}
}
