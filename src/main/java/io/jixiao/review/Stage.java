package io.jixiao.review;

import io.jixiao.organizations.Role;
import java.util.Arrays;

/** The user tasks of processes/target-review.bpmn20.xml, with who works on them. */
enum Stage {
	DEPT_REVIEW("deptReviewTask", Role.DEPT_REVIEWER),
	FINANCE_REVIEW("financeReviewTask", Role.FINANCE_REVIEWER),
	REVISE("reviseTask", Role.LEAD),
	PUBLICATION("publicationTask", Role.FINANCE_REVIEWER);

	static final String PROCESS = "targetReview";

	private final String taskKey;
	private final Role role;

	Stage(String taskKey, Role role) {
		this.taskKey = taskKey;
		this.role = role;
	}

	String taskKey() {
		return taskKey;
	}

	Role role() {
		return role;
	}

	boolean isReview() {
		return this == DEPT_REVIEW || this == FINANCE_REVIEW;
	}

	static Stage ofTask(String taskKey) {
		return Arrays.stream(values()).filter(s -> s.taskKey.equals(taskKey)).findFirst()
			.orElseThrow(() -> new IllegalStateException("unknown task " + taskKey));
	}
}
