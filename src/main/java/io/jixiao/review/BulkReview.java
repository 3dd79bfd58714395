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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flowable.common.engine.api.FlowableException;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;

/**
 * A department reviewer's approval of several tables at once (批量同意): each table is decided on its own, in its own
 * transaction with its own transition and audit event, as if approved one by one; a table that may not be approved
 * (another department's, no longer at this reviewer, with ERROR findings, changed since the reviewer's list showed
 * it) is refused with its reason and left as it was, and the others go through.
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

	/**
	 * Approves each table; {@code listed} holds the version (lock counter) of each table as the reviewer's list showed
	 * it, and a table whose version differs now is refused. A table without a listed version is not compared (the
	 * API's field is optional).
	 */
	Outcome approve(Account account, List<Long> tableIds, Map<Long, Long> listed, String decision, String comment) {
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
				ReviewForm form = new ReviewForm(decision, null, comment);
				Long version = listed == null ? null : listed.get(id);
				if (version == null) {
					commands.review(account, id, form, List.of());
				}
				else {
					commands.reviewListed(account, id, form, version);
				}
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

	/** The 待办 page's {@code versions} fields, {@code tableId:version} each, as a map; a malformed one is 422. */
	static Map<Long, Long> listed(List<String> fields) {
		Map<Long, Long> listed = new HashMap<>();
		for (String field : fields == null ? List.<String>of() : fields) {
			int colon = field.indexOf(':');
			try {
				listed.put(Long.parseLong(field.substring(0, Math.max(colon, 0))),
						Long.parseLong(field.substring(colon + 1)));
			}
			catch (NumberFormatException e) {
				throw new InvalidInputException("bulk.versions");
			}
		}
		return listed;
	}

	private String text(MessageException e) {
		return messages.getMessage(e.getMessageCode(), e.getArgs(), Locale.SIMPLIFIED_CHINESE);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}
}
