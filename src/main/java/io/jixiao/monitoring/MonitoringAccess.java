package io.jixiao.monitoring;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.organizations.Role;
import io.jixiao.system.ConflictException;
import io.jixiao.system.ForbiddenException;
import io.jixiao.system.NotFoundException;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a report: see it (as one may see its table), fill and answer it (its unit's lead), decide
 * on it (the reviewer of the stage it waits at, never the one who submitted it), open rounds (finance, admin).
 */
@Component
class MonitoringAccess {

	private final MonitoringReports reports;
	private final OrganizationDirectory directory;
	private final ReportProcess process;

	MonitoringAccess(MonitoringReports reports, OrganizationDirectory directory, ReportProcess process) {
		this.reports = reports;
		this.directory = directory;
		this.process = process;
	}

	/** A report with its rows: 404 when missing, 403 when its unit is not the user's to see. */
	MonitoringReport report(Account account, long id) {
		MonitoringReport report = reports.findWithRows(id).orElseThrow(() -> new NotFoundException("report " + id));
		if (!maySee(account, report)) {
			throw new ForbiddenException("error.forbidden");
		}
		return report;
	}

	boolean maySee(Account account, MonitoringReport report) {
		return directory.maySee(account, report.getUnitId(), report.getDepartmentId());
	}

	static boolean isUnitLead(Account account, MonitoringReport report) {
		return account.isLeadOf(report.getUnitId());
	}

	static void requireUnitLead(Account account, MonitoringReport report) {
		if (!isUnitLead(account, report)) {
			throw new ForbiddenException("error.forbidden");
		}
	}

	static void requireFinance(Account account) {
		if (!account.isFinanceOrAdmin()) {
			throw new ForbiddenException("error.forbidden");
		}
	}

	/** The open task at the given step: 409 when the report waits elsewhere (or nowhere). */
	Task taskAt(MonitoringReport report, String... keys) {
		Task task = process.openTask(report.getId()).orElseThrow(() -> new ConflictException("monitoring.noTask"));
		if (!java.util.List.of(keys).contains(task.getTaskDefinitionKey())) {
			throw new ConflictException("monitoring.noTask");
		}
		return task;
	}

	/** The review task this user may decide on: the department's reviewer, or finance; 409 or 403 otherwise. */
	Task reviewTask(Account account, MonitoringReport report) {
		Task task = taskAt(report, ReportProcess.DEPT_REVIEW, ReportProcess.FINANCE_REVIEW);
		if (!mayReview(account, report, task)) {
			throw new ForbiddenException("monitoring.notYourTask");
		}
		return task;
	}

	static boolean mayReview(Account account, MonitoringReport report, Task task) {
		if (report.getSubmittedBy() != null && report.getSubmittedBy() == account.id()) {
			return false;
		}
		if (ReportProcess.DEPT_REVIEW.equals(task.getTaskDefinitionKey())) {
			return account.hasRole(Role.DEPT_REVIEWER) && account.organizationId() == report.getDepartmentId();
		}
		return account.hasRole(Role.FINANCE_REVIEWER);
	}
}
