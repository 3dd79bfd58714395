package io.jixiao.review;

import io.jixiao.system.Formats;
import io.jixiao.system.ListWorkbook;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** 待办 and the board as workbooks: the rows of their JSON, with the pages' Chinese headers, stages and dates. */
@Component
class ListWorkbooks {

	private final MessageSource messages;
	private final Formats formats;

	ListWorkbooks(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	ResponseEntity<byte[]> tasks(List<TaskView> tasks) {
		List<String> headers = texts("list.col.id", "list.col.year", "tasks.col.project", "tasks.col.unit",
				"tasks.col.stage", "tasks.col.created", "tasks.col.due", "list.col.ageHours", "review.overdue");
		return ListWorkbook.attachment(text("tasks.title"), headers, tasks.stream()
			.map(t -> Arrays.<Object>asList(t.tableId(), t.year(), t.projectName(), t.unitName(),
					text("stage." + t.stage()), formats.dateTime(t.created()), formats.dateTime(t.due()),
					t.ageHours(), t.overdue() ? text("list.yes") : ""))
			.toList());
	}

	ResponseEntity<byte[]> board(List<PendingBoard.Row> rows) {
		List<String> headers = texts("list.col.id", "list.col.year", "board.col.project", "board.col.unit",
				"board.col.department", "board.col.stage", "board.col.holder", "tasks.col.created",
				"list.col.ageHours", "board.col.due", "review.overdue");
		return ListWorkbook.attachment(text("board.title"), headers, rows.stream()
			.map(r -> Arrays.<Object>asList(r.tableId(), r.year(), r.projectName(), r.unitName(), r.departmentName(),
					text("stage." + r.stage()), r.assignee() == null ? r.group() : r.assignee(),
					formats.dateTime(r.created()), r.ageHours(), formats.dateTime(r.due()),
					r.overdue() ? text("list.yes") : ""))
			.toList());
	}

	private List<String> texts(String... codes) {
		return Arrays.stream(codes).map(this::text).toList();
	}

	private String text(String code) {
		return messages.getMessage(code, null, Locale.SIMPLIFIED_CHINESE);
	}
}
