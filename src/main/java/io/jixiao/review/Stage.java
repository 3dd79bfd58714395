package io.jixiao.review;

import io.jixiao.organizations.Role;
import io.jixiao.targets.TableStatus;
import io.jixiao.targets.TargetTable;
import java.util.Arrays;
import java.util.List;

/** The user tasks of processes/target-review.bpmn20.xml (and of target-adjustment), with who works on them. */
public enum Stage {
	DEPT_REVIEW("deptReviewTask", Role.DEPT_REVIEWER),
	FINANCE_REVIEW("financeReviewTask", Role.FINANCE_REVIEWER),
	REVISE("reviseTask", Role.LEAD),
	PUBLICATION("publicationTask", Role.FINANCE_REVIEWER);

	static final String PROCESS = "targetReview";
	/** The adjustment of an approved table (processes/target-adjustment.bpmn20.xml): the same user tasks. */
	static final String ADJUSTMENT_PROCESS = "targetAdjustment";
	/** Both processes of a table: their business key is the table's id (other processes key their own ids). */
	static final List<String> KEYS = List.of(PROCESS, ADJUSTMENT_PROCESS);

	/** The process a table's open task belongs to: its adjustment's, once one was opened (only one runs at a time). */
	static String processOf(TargetTable table) {
		return table.getAdjustmentCount() == 0 ? PROCESS : ADJUSTMENT_PROCESS;
	}

	private final String taskKey;
	private final Role role;

	Stage(String taskKey, Role role) {
		this.taskKey = taskKey;
		this.role = role;
	}

	String taskKey() {
		return taskKey;
	}

	/** Who works on this stage. */
	public Role role() {
		return role;
	}

	boolean isReview() {
		return this == DEPT_REVIEW || this == FINANCE_REVIEW;
	}

	static Stage ofTask(String taskKey) {
		return Arrays.stream(values()).filter(s -> s.taskKey.equals(taskKey)).findFirst()
			.orElseThrow(() -> new IllegalStateException("unknown task " + taskKey));
	}

	/**
	 * The stage a table of this status waits at: the one place where the table's status and the process's task
	 * meet. A draft or returned table waits at 退回修改 (once submitted), an adjustment's proposal there from its start;
	 * a published or rejected one at none.
	 */
	public static Stage of(TableStatus status) {
		return switch (status) {
			case DRAFT, RETURNED, ADJUSTING -> REVISE;
			case DEPT_REVIEW -> DEPT_REVIEW;
			case FINANCE_REVIEW -> FINANCE_REVIEW;
			case APPROVED -> PUBLICATION;
			case PUBLISHED, REJECTED -> throw new IllegalArgumentException("no stage after " + status);
		};
	}
}
