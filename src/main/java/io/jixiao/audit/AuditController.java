package io.jixiao.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import io.jixiao.organizations.Account;
import io.jixiao.system.Pager;
import io.jixiao.system.PlainText;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TargetTable;
import java.util.Map;
import java.util.Objects;
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
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
	private static final int NAMES_PER_QUERY = 1_000;

	private final AuditEvents events;
	private final AuditTrail trail;
	private final AuditDetails details;
	private final TableService tables;
	private final MessageSource messages;
	private final ZoneId zone;

	AuditController(AuditEvents events, AuditTrail trail, AuditDetails details, TableService tables,
			MessageSource messages, @Value("${app.time-zone:Asia/Shanghai}") String zone) {
		this.events = events;
		this.trail = trail;
		this.details = details;
		this.tables = tables;
		this.messages = messages;
		this.zone = ZoneId.of(zone);
	}

	@GetMapping("/admin/audit")
	String search(@AuthenticationPrincipal Account account, @RequestParam(required = false) String actor, @RequestParam(required = false) Long table,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditSearch search = new AuditSearch(actor, table, action, from, to);
		Page<AuditEvent> found = events.findAll(search.specification(zone),
				Pager.request(page, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "seq")));
		model.addAttribute("events", found);
		model.addAttribute("rows", rows(account, found.getContent()));
		model.addAttribute("search", search);
		model.addAttribute("actions", AuditAction.searchable());
		return "audit/search";
	}

	@GetMapping("/admin/audit.csv")
	void export(@AuthenticationPrincipal Account account, @RequestParam(required = false) String actor, @RequestParam(required = false) Long table,
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
					text("audit.col.tableName"), text("audit.col.details"), text("audit.col.address"),
					text("audit.col.hash"), text("audit.col.raw"))
			.get())) {
			for (AuditRow row : rows(account, found)) {
				AuditEvent event = row.event();
				// names and details are whatever was typed (a failed sign-in's user name): never a formula
				csv.printRecord(event.getSeq(), format.format(event.getCreatedAt()), PlainText.cell(event.getActorName()),
						event.getOrganizationId(), row.action(), event.getTableId(), PlainText.cell(row.tableName()),
						PlainText.cell(row.details().text()), PlainText.cell(row.address()), event.getHash(),
						PlainText.cell(event.getDetails()));
			}
		}
	}

	/** The events as read by a person; the names of their tables in one query, whatever the number of events. */
	private List<AuditRow> rows(Account account, List<AuditEvent> found) {
		List<Long> ids = found.stream().map(AuditEvent::getTableId).filter(Objects::nonNull).distinct().toList();
		Map<Long, TargetTable> named = new HashMap<>();
		for (int from = 0; from < ids.size(); from += NAMES_PER_QUERY) { // an export names thousands of tables
			named.putAll(tables.byIds(account, ids.subList(from, Math.min(ids.size(), from + NAMES_PER_QUERY))));
		}
		return found.stream().map(event -> {
			TargetTable table = event.getTableId() == null ? null : named.get(event.getTableId());
			return new AuditRow(event, details.action(event.getAction()), table == null ? null : table.displayName(),
					details.render(event.getAction(), event.getDetails()), details.address(event.getClientAddress()));
		}).toList();
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
