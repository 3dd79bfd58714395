package io.jixiao.publication;

import io.jixiao.organizations.Account;
import io.jixiao.system.Downloads;
import io.jixiao.system.Formats;
import io.jixiao.targets.TablePageExtension;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TableStatus;
import io.jixiao.targets.TargetTable;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Print for the people who work on a table, at any status: a 打印 button and a PDF link beside the buttons of the
 * table's page, and that PDF in the official landscape layout of the public PDF. Whoever may see the table's page
 * may have its PDF (404 or 403 otherwise, as the page). Until the table is approved each page carries a watermark
 * of where it stands, so that a draft on paper is never taken for the approved table.
 */
@Controller
class InternalPrint implements TablePageExtension {

	private final TableService tables;
	private final PublicTexts texts;
	private final PdfExport pdf;
	private final Formats formats;
	private final Clock clock;

	InternalPrint(TableService tables, PublicTexts texts, PdfExport pdf, Formats formats, Clock clock) {
		this.tables = tables;
		this.texts = texts;
		this.pdf = pdf;
		this.formats = formats;
		this.clock = clock;
	}

	@Override
	public List<Panel> panels() {
		return List.of(new Panel(Slot.PAGE_ACTIONS, "print/panels", "actions"));
	}

	@GetMapping("/tables/{id}/pdf")
	ResponseEntity<byte[]> tablePdf(@AuthenticationPrincipal Account account, @PathVariable long id) {
		TargetTable table = tables.get(account, id);
		PublishedTable laidOut = PublishedTable.internal(table, tables.unitName(table));
		String watermark = watermark(table.getStatus());
		String version = table.getLatestVersion() == 0 ? texts.text("public.print.neverSubmitted")
				: texts.text("public.print.version", String.valueOf(table.getLatestVersion()));
		Map<String, Object> variables = new HashMap<>();
		variables.put("grid", OfficialLayout.of(laidOut, texts));
		variables.put("watermark", watermark);
		variables.put("note", texts.text(watermark == null ? "public.print.note.approved" : "public.print.note",
				version, texts.text("status." + table.getStatus().name()), formats.dateTime(clock.instant())));
		return Downloads.pdf(texts.text("public.print.file", laidOut.title(), String.valueOf(table.getYear()), version),
				pdf.render("print/pdf", variables));
	}

	/** The watermark of a status, or {@code null} for an approved table, whose content is the approved version. */
	private String watermark(TableStatus status) {
		String key = switch (status) {
			case DRAFT -> "public.print.watermark.draft";
			case ADJUSTING -> "public.print.watermark.adjusting";
			case DEPT_REVIEW, FINANCE_REVIEW -> "public.print.watermark.review";
			case RETURNED -> "public.print.watermark.returned";
			case REJECTED -> "public.print.watermark.rejected";
			case APPROVED, PUBLISHED -> null;
		};
		return key == null ? null : texts.text(key);
	}
}
