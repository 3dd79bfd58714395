package io.jixiao.publication;

import io.jixiao.system.Downloads;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages and downloads, without login: the index by year and department, a department's tables by unit and
 * the search, a page at a time; one table in the official layout with its .xlsx and PDF; the summary list (paged) and
 * statement of a department's year with its .xlsx and the PDF of the whole disclosure (both whole). Whatever is not
 * public answers 404.
 */
@Controller
@RequestMapping("/public")
class PublicController {

	private final PublicTables tables;
	private final PublicTexts texts;
	private final PdfExport pdf;
	private final List<PublicTableLinks> links;

	PublicController(PublicTables tables, PublicTexts texts, PdfExport pdf, List<PublicTableLinks> links) {
		this.tables = tables;
		this.texts = texts;
		this.pdf = pdf;
		this.links = links;
	}

	@GetMapping({ "", "/" })
	String index(@RequestParam(required = false) Integer year, @RequestParam(required = false) String department,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("catalog", tables.catalog(year, department, q, page));
		return "public/index";
	}

	@GetMapping("/tables/{id}")
	String table(@PathVariable long id, Model model) {
		PublishedTable table = tables.publicTable(id);
		model.addAttribute("table", table);
		model.addAttribute("grid", OfficialLayout.of(table, texts));
		model.addAttribute("links", links.stream().flatMap(l -> l.of(id).stream()).toList());
		return "public/table";
	}

	/** The original approved version of an adjusted table, marked as superseded by the version in force. */
	@GetMapping("/tables/{id}/original")
	String original(@PathVariable long id, Model model) {
		PublishedTable table = tables.originalTable(id);
		model.addAttribute("table", table);
		model.addAttribute("superseded", true);
		model.addAttribute("grid", OfficialLayout.of(table, texts));
		return "public/table";
	}

	@GetMapping("/tables/{id}.xlsx")
	ResponseEntity<byte[]> tableXlsx(@PathVariable long id) {
		PublishedTable table = tables.publicTable(id);
		return Downloads.xlsx(fileName(table), XlsxExport.write(OfficialLayout.of(table, texts), null));
	}

	@GetMapping("/tables/{id}.pdf")
	ResponseEntity<byte[]> tablePdf(@PathVariable long id) {
		PublishedTable table = tables.publicTable(id);
		return Downloads.pdf(fileName(table),
				pdf.render("public/pdf/table", Map.of("grid", OfficialLayout.of(table, texts))));
	}

	@GetMapping("/summary")
	String summary(@RequestParam(required = false) Integer year, @RequestParam(required = false) String department,
			@RequestParam(defaultValue = "0") int page, Model model) {
		PublicTables.SummaryPage shown = tables.summaryPage(tables.yearOrLatest(year),
				tables.departmentOrAll(department), page);
		Summary summary = shown.summary();
		model.addAttribute("summary", summary);
		model.addAttribute("pager", shown.pager());
		model.addAttribute("grid", OfficialLayout.summary(summary, texts));
		model.addAttribute("heading", OfficialLayout.summaryTitle(summary, texts));
		return "public/summary";
	}

	@GetMapping("/summary.xlsx")
	ResponseEntity<byte[]> summaryXlsx(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String department) {
		Summary summary = summaryOf(year, department);
		return Downloads.xlsx(texts.text("public.download.file.summary", String.valueOf(summary.year()),
				departmentName(summary)), XlsxExport.write(OfficialLayout.summary(summary, texts), summary.statementText()));
	}

	/** The department's disclosure of the year: statement, summary list and every public table. */
	@GetMapping("/summary.pdf")
	ResponseEntity<byte[]> disclosurePdf(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String department) {
		PublicTables.DisclosureDocument document = tables.disclosure(tables.yearOrLatest(year),
				tables.departmentOrAll(department));
		Summary summary = document.summary();
		String title = texts.text("public.pdf.title", String.valueOf(summary.year()), departmentName(summary));
		List<Grid> grids = document.tables().stream().map(table -> OfficialLayout.of(table, texts)).toList();
		byte[] content = pdf.render("public/pdf/disclosure", Map.of("title", title, "summary", summary,
				"summaryGrid", OfficialLayout.summary(summary, texts), "grids", grids));
		return Downloads.pdf(texts.text("public.download.file.disclosure", String.valueOf(summary.year()),
				departmentName(summary)), content);
	}

	private Summary summaryOf(Integer year, String department) {
		return tables.summary(tables.yearOrLatest(year), tables.departmentOrAll(department));
	}

	private static String departmentName(Summary summary) {
		return summary.department() == null ? "" : summary.department().name();
	}

	private String fileName(PublishedTable table) {
		return texts.text("public.download.file.table", table.title(), String.valueOf(table.year()));
	}
}
