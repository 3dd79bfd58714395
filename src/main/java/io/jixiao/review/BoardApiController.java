package io.jixiao.review;

import io.jixiao.organizations.Account;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/admin/pending: every open task with stage, unit, holder or group, age, due date and overdue flag. */
@RestController
class BoardApiController {

	private final PendingBoard board;

	BoardApiController(PendingBoard board) {
		this.board = board;
	}

	@GetMapping("/api/v1/admin/pending")
	List<PendingBoard.Row> pending(@AuthenticationPrincipal Account account,
			@RequestParam(required = false) String stage, @RequestParam(required = false) Long department,
			@RequestParam(defaultValue = "false") boolean overdue) {
		// the contract lists every open task
		return board.board(account, stage, department, overdue, 0, Integer.MAX_VALUE).rows();
	}
}
