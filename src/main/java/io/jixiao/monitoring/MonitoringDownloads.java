package io.jixiao.monitoring;

import io.jixiao.organizations.Account;
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

/** Downloads: a report's official monitoring table (.xlsx, PDF) and a round's overview (.xlsx), as the user may see them. */
@Controller
class MonitoringDownloads {

	private final MonitoringQueries queries;
	private final MonitoringSheets sheets;
	private final PdfExport pdf;
	private final TableService tables;
	private final OrganizationDirectory directory;

	MonitoringDownloads(MonitoringQueries queries, MonitoringSheets sheets, PdfExport pdf, TableService tables,
			OrganizationDirectory directory) {
		this.queries = queries;
		this.sheets = sheets;
		this.pdf = pdf;
		this.tables = tables;
		this.directory = directory;
	}

	@GetMapping("/monitoring/reports/{id}.xlsx")
	ResponseEntity<byte[]> reportXlsx(@AuthenticationPrincipal Account account, @PathVariable long id) {
		Grid grid = reportGrid(account, id);
		return Downloads.xlsx(grid.title() + "-" + id, XlsxExport.write(grid, null));
	}

	@GetMapping("/monitoring/reports/{id}.pdf")
	ResponseEntity<byte[]> reportPdf(@AuthenticationPrincipal Account account, @PathVariable long id) {
		Grid grid = reportGrid(account, id);
		return Downloads.pdf(grid.title() + "-" + id, pdf.grid(grid));
	}

	@GetMapping("/monitoring/rounds/{id}.xlsx")
	ResponseEntity<byte[]> roundXlsx(@AuthenticationPrincipal Account account, @PathVariable long id) {
		Grid grid = sheets.overview(queries.overview(account, id));
		return Downloads.xlsx(grid.title(), XlsxExport.write(grid, null));
	}

	private Grid reportGrid(Account account, long id) {
		ReportView report = queries.report(account, id);
		var department = directory.get(report.unitId()).department();
		return sheets.report(report, department == null ? "" : department.getName(),
				tables.get(account, report.tableId()).content());
	}
}
