package io.jixiao.monitoring;

import io.jixiao.organizations.Account;
import io.jixiao.review.TaskListExtension;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The user's monitoring tasks (填报, 审核, 整改) on 待办, in a section of their own below the review's. */
// below the review's in the year's order: monitoring during the year, self-evaluation at its end
@Order(1)
@Component
class MonitoringTaskSection implements TaskListExtension {

	private final MonitoringTaskList tasks;

	MonitoringTaskSection(MonitoringTaskList tasks) {
		this.tasks = tasks;
	}

	@Override
	public Section section() {
		return new Section("monitoring/parts", "taskSection");
	}

	@Override
	public void contribute(Account account, Model model) {
		model.addAttribute("monitoringTasks", tasks.tasks(account));
	}
}
