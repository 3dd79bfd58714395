package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.targets.TablePageExtension;
import io.jixiao.targets.TablePageExtension.Slot;
import io.jixiao.targets.TargetTable;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Adds the review panels (templates/review/panels: the reason of a return, actions, timeline, diff, row comments) to
 * a table's pages, and the open round's row comments as the notes beside their rows.
 */
@Component
class ReviewPageExtension implements TablePageExtension {

	private static final String TEMPLATE = "review/panels";

	private final ReviewPanels panels;

	ReviewPageExtension(ReviewPanels panels) {
		this.panels = panels;
	}

	@Override
	public List<Panel> panels() {
		return List.of(new Panel(Slot.PAGE_TOP, TEMPLATE, "returnBanner"), new Panel(Slot.PAGE_TOP, TEMPLATE, "diff"),
				new Panel(Slot.PAGE_SIDE_TOP, TEMPLATE, "actions"), new Panel(Slot.PAGE_SIDE_BOTTOM, TEMPLATE, "comments"),
				new Panel(Slot.PAGE_BOTTOM, TEMPLATE, "timeline"),
				new Panel(Slot.FORM_ABOVE_INDICATORS, TEMPLATE, "returnBanner"),
				new Panel(Slot.FORM_ABOVE_INDICATORS, TEMPLATE, "formComments"));
	}

	@Override
	public void contribute(Account account, TargetTable table, Model model) {
		ReviewPanel panel = panels.panel(account, table);
		model.addAttribute("review", panel);
		model.addAttribute(TablePageExtension.ROW_NOTES, panel.commentsByRow());
	}
}
