package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.system.ListWorkbook;
import io.jixiao.targets.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/v1/admin/pending: every open task with stage, unit, holder or group, age, due date and overdue flag;
 * searched, filtered and ordered as the query says; as JSON or as a workbook of the same rows.
 */
@RestController
class BoardApiController {

	private final PendingBoard board;
	private final ListWorkbooks workbooks;

	BoardApiController(PendingBoard board, ListWorkbooks workbooks) {
		this.board = board;
		this.workbooks = workbooks;
	}

	@GetMapping("/api/v1/admin/pending")
	ResponseEntity<?> pending(@AuthenticationPrincipal Account account, @RequestParam Map<String, String> parameters,
			HttpServletRequest request) {
		// the contract lists every open task
		List<PendingBoard.Row> rows = board.board(account, ListQuery.of(parameters), 0, Integer.MAX_VALUE).rows();
		return ListWorkbook.wanted(request) ? workbooks.board(rows) : ResponseEntity.ok(rows);
	}
}
