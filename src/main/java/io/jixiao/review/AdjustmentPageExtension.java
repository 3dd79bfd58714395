package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.targets.TableAdjustment;
import io.jixiao.targets.TablePageExtension;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TableStatus;
import io.jixiao.targets.TargetTable;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Adds the adjustment panels (templates/review/adjustment) to a table's page: 申请调整 and 撤销调整 for its unit's lead,
 * the banner of an open adjustment with its proposal's changes against the version in force, and the history. Reads
 * nothing for a table that was never adjusted and cannot be.
 */
@Component
class AdjustmentPageExtension implements TablePageExtension {

	private static final String TEMPLATE = "review/adjustment";

	private final TableService tables;
	private final AdjustmentAttachments attachments;

	AdjustmentPageExtension(TableService tables, AdjustmentAttachments attachments) {
		this.tables = tables;
		this.attachments = attachments;
	}

	@Override
	public List<Panel> panels() {
		return List.of(new Panel(Slot.PAGE_ACTIONS, TEMPLATE, "actions"), new Panel(Slot.PAGE_TOP, TEMPLATE, "banner"),
				new Panel(Slot.PAGE_BOTTOM, TEMPLATE, "history"),
				new Panel(Slot.FORM_ABOVE_INDICATORS, TEMPLATE, "banner"));
	}

	@Override
	public void contribute(Account account, TargetTable table, Model model) {
		boolean lead = account.isLeadOf(table.getUnitId());
		TableStatus status = table.getStatus();
		boolean mayOpen = lead && (status == TableStatus.APPROVED || status == TableStatus.PUBLISHED);
		TableAdjustment open = table.getAdjustment();
		boolean mayCancel = lead && open != null;
		Integer inForce = table.getApprovedVersion();
		var diff = open != null && table.getLatestVersion() > inForce
				? tables.diff(table, inForce, table.getLatestVersion()) : null;
		List<Integer> withAttachment = table.getAdjustments().isEmpty() ? List.of() : attachments.numbers(table.getId());
		model.addAttribute("adjustment", new AdjustmentPanel(mayOpen, mayCancel, open, inForce, diff,
				table.getAdjustments(), withAttachment));
	}
}
