package io.jixiao.monitoring;

import io.jixiao.organizations.Account;
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

/** Downloads: a report's official monitoring table (.xlsx, PDF) and a round's overview (.xlsx), as the user may see them. */
@Controller
class MonitoringDownloads {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

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
		return file(XlsxExport.write(grid, null), XLSX, grid.title() + "-" + id + ".xlsx");
	}

	@GetMapping("/monitoring/reports/{id}.pdf")
	ResponseEntity<byte[]> reportPdf(@AuthenticationPrincipal Account account, @PathVariable long id) {
		Grid grid = reportGrid(account, id);
		return file(pdf.render("monitoring/pdf", Map.of("grid", grid)), MediaType.APPLICATION_PDF,
				grid.title() + "-" + id + ".pdf");
	}

	@GetMapping("/monitoring/rounds/{id}.xlsx")
	ResponseEntity<byte[]> roundXlsx(@AuthenticationPrincipal Account account, @PathVariable long id) {
		Grid grid = sheets.overview(queries.overview(account, id));
		return file(XlsxExport.write(grid, null), XLSX, grid.title() + ".xlsx");
	}

	private Grid reportGrid(Account account, long id) {
		ReportView report = queries.report(account, id);
		var department = directory.get(report.unitId()).department();
		return sheets.report(report, department == null ? "" : department.getName(),
				tables.get(account, report.tableId()).content());
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}
}
