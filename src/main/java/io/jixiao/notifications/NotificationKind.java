package io.jixiao.notifications;

/** What a notification tells; its code names the message {@code notify.CODE} and is stored with it. */
enum NotificationKind {
	NEW_TASK("newTask"), APPROVED("approved"), RETURNED("returned"), REJECTED("rejected"), PUBLISHED("published"),
	WITHHELD("withheld"), HANDED_OVER("handedOver"), REMINDER("reminder"), REASSIGNED("reassigned"),
	DUE_SOON("dueSoon"), OVERDUE("overdue"), ADJUSTMENT_OPENED("adjustmentOpened"),
	ADJUSTMENT_CANCELLED("adjustmentCancelled");

	private final String code;

	NotificationKind(String code) {
		this.code = code;
	}

	String code() {
		return code;
	}
}
