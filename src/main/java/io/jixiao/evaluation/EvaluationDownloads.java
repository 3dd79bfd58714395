package io.jixiao.evaluation;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.publication.Grid;
import io.jixiao.publication.PdfExport;
import io.jixiao.publication.XlsxExport;
import io.jixiao.targets.TableService;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads: an evaluation's official 项目支出绩效自评表 (.xlsx, PDF) and a round's overview (.xlsx, with each
 * department's statement below it), as the user may see them.
 */
@Controller
class EvaluationDownloads {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final EvaluationQueries queries;
	private final EvaluationSheets sheets;
	private final PdfExport pdf;
	private final TableService tables;
	private final OrganizationDirectory directory;

	EvaluationDownloads(EvaluationQueries queries, EvaluationSheets sheets, PdfExport pdf, TableService tables,
			OrganizationDirectory directory) {
		this.queries = queries;
		this.sheets = sheets;
		this.pdf = pdf;
		this.tables = tables;
		this.directory = directory;
	}

	@GetMapping("/evaluations/{id}.xlsx")
	ResponseEntity<byte[]> evaluationXlsx(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return xlsx(grid(account, id), id);
	}

	@GetMapping("/evaluations/{id}.pdf")
	ResponseEntity<byte[]> evaluationPdf(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return pdf(grid(account, id), id);
	}

	@GetMapping("/evaluation/rounds/{id}.xlsx")
	ResponseEntity<byte[]> roundXlsx(@AuthenticationPrincipal Account account, @PathVariable long id) {
		EvaluationOverview overview = queries.overview(account, id);
		Grid grid = sheets.overview(overview);
		return file(XlsxExport.write(grid, String.join("\n", sheets.statements(overview))), XLSX, grid.title() + ".xlsx");
	}

	private Grid grid(Account account, long id) {
		EvaluationView evaluation = queries.evaluation(account, id);
		Organization department = directory.get(evaluation.unitId()).department();
		return sheets.evaluation(evaluation, department == null ? "" : department.getName(),
				tables.get(account, evaluation.tableId()).content().implementingUnit());
	}

	ResponseEntity<byte[]> xlsx(Grid grid, long id) {
		return file(XlsxExport.write(grid, null), XLSX, grid.title() + "-" + id + ".xlsx");
	}

	ResponseEntity<byte[]> pdf(Grid grid, long id) {
		return file(pdf.render("evaluation/pdf", Map.of("grid", grid)), MediaType.APPLICATION_PDF,
				grid.title() + "-" + id + ".pdf");
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}
}
