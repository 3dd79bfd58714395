package io.jixiao.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import io.jixiao.system.Pager;
import io.jixiao.system.PlainText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import jakarta.servlet.http.HttpServletResponse;

/** The administrator's audit pages: search, CSV export and the chain check (also as JSON). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	private static final int PAGE_SIZE = 50;
	private static final int EXPORT_LIMIT = 100_000;

	private final AuditEvents events;
	private final AuditTrail trail;
	private final MessageSource messages;
	private final ZoneId zone;

	AuditController(AuditEvents events, AuditTrail trail, MessageSource messages,
			@Value("${app.time-zone:Asia/Shanghai}") String zone) {
		this.events = events;
		this.trail = trail;
		this.messages = messages;
		this.zone = ZoneId.of(zone);
	}

	@GetMapping("/admin/audit")
	String search(@RequestParam(required = false) String actor, @RequestParam(required = false) Long table,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditSearch search = new AuditSearch(actor, table, action, from, to);
		Page<AuditEvent> found = events.findAll(search.specification(zone),
				Pager.request(page, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "seq")));
		model.addAttribute("events", found);
		model.addAttribute("search", search);
		model.addAttribute("actions", AuditAction.searchable());
		return "audit/search";
	}

	@GetMapping("/admin/audit.csv")
	void export(@RequestParam(required = false) String actor, @RequestParam(required = false) Long table,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		AuditSearch search = new AuditSearch(actor, table, action, from, to);
		List<AuditEvent> found = events.findAll(search.specification(zone),
				PageRequest.of(0, EXPORT_LIMIT, Sort.by("seq"))).getContent();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"");
		DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF'); // so that Excel opens the Chinese text as UTF-8
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
			.setHeader(text("audit.col.seq"), text("audit.col.at"), text("audit.col.actor"),
					text("audit.col.organization"), text("audit.col.action"), text("audit.col.table"),
					text("audit.col.details"), text("audit.col.address"), text("audit.col.hash"))
			.get())) {
			for (AuditEvent event : found) {
				// names and details are whatever was typed (a failed sign-in's user name): never a formula
				csv.printRecord(event.getSeq(), format.format(event.getCreatedAt()), PlainText.cell(event.getActorName()),
						event.getOrganizationId(), text("audit.action." + event.getAction()), event.getTableId(),
						PlainText.cell(event.getDetails()), PlainText.cell(event.getClientAddress()), event.getHash());
			}
		}
	}

	@GetMapping("/admin/audit/verify")
	String verifyPage(Model model) {
		model.addAttribute("verification", trail.verify());
		return "audit/verify";
	}

	private String text(String code) {
		return messages.getMessage(code, null, code, Locale.SIMPLIFIED_CHINESE);
	}
}
