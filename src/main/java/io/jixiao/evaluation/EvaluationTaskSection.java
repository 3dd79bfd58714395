package io.jixiao.evaluation;

import io.jixiao.organizations.Account;
import io.jixiao.review.TaskListExtension;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The user's self-evaluation tasks (单位自评, 审核) on 待办, in a section of their own below the review's. */
// below the review's in the year's order: monitoring during the year, self-evaluation at its end
@Order(2)
@Component
class EvaluationTaskSection implements TaskListExtension {

	private final EvaluationTaskList tasks;

	EvaluationTaskSection(EvaluationTaskList tasks) {
		this.tasks = tasks;
	}

	@Override
	public Section section() {
		return new Section("evaluation/parts", "taskSection");
	}

	@Override
	public void contribute(Account account, Model model) {
		model.addAttribute("evaluationTasks", tasks.tasks(account));
	}
}
