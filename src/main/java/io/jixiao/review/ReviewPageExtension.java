package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.targets.TablePageExtension;
import io.jixiao.targets.TargetTable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Adds the review panel (actions, timeline, diff, row comments) to a table's page and form. */
@Component
class ReviewPageExtension implements TablePageExtension {

	private final ReviewPanels panels;

	ReviewPageExtension(ReviewPanels panels) {
		this.panels = panels;
	}

	@Override
	public void contribute(Account account, TargetTable table, Model model) {
		model.addAttribute("review", panels.panel(account, table));
	}
}
