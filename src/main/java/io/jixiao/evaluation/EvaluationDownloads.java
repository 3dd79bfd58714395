package io.jixiao.evaluation;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.Organization;
import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.publication.Grid;
import io.jixiao.publication.PdfExport;
import io.jixiao.publication.XlsxExport;
import io.jixiao.system.Downloads;
import io.jixiao.targets.TableService;
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
		return Downloads.xlsx(grid.title(), XlsxExport.write(grid, String.join("\n", sheets.statements(overview))));
	}

	private Grid grid(Account account, long id) {
		EvaluationView evaluation = queries.evaluation(account, id);
		Organization department = directory.get(evaluation.unitId()).department();
		return sheets.evaluation(evaluation, department == null ? "" : department.getName(),
				tables.get(account, evaluation.tableId()).content().implementingUnit());
	}

	/** An evaluation's table as a workbook (also the public one), named by its title and id. */
	ResponseEntity<byte[]> xlsx(Grid grid, long id) {
		return Downloads.xlsx(grid.title() + "-" + id, XlsxExport.write(grid, null));
	}

	ResponseEntity<byte[]> pdf(Grid grid, long id) {
		return Downloads.pdf(grid.title() + "-" + id, pdf.grid(grid));
	}
}
