package io.jixiao.review;

import io.jixiao.organizations.Account;
import org.springframework.ui.Model;

/**
 * Lets the later processes show their open tasks on the 待办 page, below the review's, without this module knowing
 * them (monitoring adds its 填报, 审核 and 整改 tasks): a fragment of the extension's own template and what it reads.
 * Shown on the unfiltered list's first page; the filters, sort, pages and {@code GET /api/v1/tasks} stay the review's.
 */
public interface TaskListExtension {

	/** The fragment ({@code ~{template :: fragment}}) shown below the review's tasks. */
	record Section(String template, String fragment) {
	}

	Section section();

	/** Adds what the section reads about this user's tasks. */
	void contribute(Account account, Model model);
}
