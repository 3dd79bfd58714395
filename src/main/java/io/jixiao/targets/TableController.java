package io.jixiao.targets;

import io.jixiao.checks.Finding;
import io.jixiao.checks.RuleSet;
import io.jixiao.checks.TableKind;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.Role;
import io.jixiao.system.ConflictException;
import io.jixiao.system.Pager;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafting pages: the list, a table's page and the form. Row actions (add, remove, move) and "检查" re-render the
 * unsaved form with fresh checks; only "保存" writes, then redirects (post-redirect-get). The grid on the form checks
 * its unsaved content as JSON ({@code POST .../checks}) and posts the same form to save.
 */
@Controller
@RequestMapping("/tables")
class TableController {

	private static final int PAGE_SIZE = 20;
	private final TableService service;
	private final TableList list;
	private final Clock clock;
	private final JsonMapper json;
	private final List<TablePageExtension> extensions;
	/** The extensions' panels by slot name, in the extensions' order: the pages iterate over {@code panels['SLOT']}. */
	private final Map<String, List<TablePageExtension.Panel>> panels;

	TableController(TableService service, TableList list, Clock clock, JsonMapper json,
			List<TablePageExtension> extensions) {
		this.service = service;
		this.list = list;
		this.clock = clock;
		this.json = json;
		this.extensions = extensions;
		this.panels = extensions.stream()
			.flatMap(extension -> extension.panels().stream())
			.collect(Collectors.groupingBy(panel -> panel.slot().name(), Collectors.toUnmodifiableList()));
	}

	@GetMapping
	String list(@AuthenticationPrincipal Account account, @RequestParam Map<String, String> parameters,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ListQuery query = ListQuery.of(parameters);
		Page<TargetTable> tables = list.list(account, query, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("tables", tables);
		// names read with the tables (no lookup per unit)
		model.addAttribute("unitNames", tables.getContent().stream()
			.collect(Collectors.toMap(TargetTable::getUnitId, service::unitName, (a, b) -> a)));
		ListLinks links = new ListLinks("/tables", query, "/api/v1/tables",
				Map.of("page", tables.getNumber(), "size", PAGE_SIZE));
		model.addAttribute("links", links);
		model.addAttribute("pager", new Pager(tables.getNumber(), Math.max(1, tables.getTotalPages()),
				tables.getTotalElements(), links.pageBase()));
		model.addAttribute("statuses", TableStatus.values());
		model.addAttribute("mayCreate", account.hasRole(Role.LEAD));
		return "tables/list";
	}

	@GetMapping("/new")
	String newTable(@AuthenticationPrincipal Account account, @RequestParam(defaultValue = "PROJECT") TableKind kind,
			Model model) {
		TableForm form = new TableForm();
		form.setKind(kind);
		form.setYear(LocalDate.now(clock).getYear() + 1);
		form.setImplementingUnit(account.organizationName());
		RuleSet ruleSet = service.ruleSetFor(form.getYear());
		form.setIndicators(new java.util.ArrayList<>(DraftingView.startingRows(ruleSet, kind)));
		return showNewForm(account, form, model);
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal Account account, @Valid @ModelAttribute("form") TableForm form,
			BindingResult binding, @RequestParam(defaultValue = "save") String action,
			@RequestParam(required = false) String newRowLevels, Model model, RedirectAttributes redirect) {
		model.addAttribute("unsaved", true);
		if (!"save".equals(action)) {
			DraftingView.applyRowAction(form, rowAction(action, newRowLevels));
			return showNewForm(account, form, model);
		}
		if (binding.hasErrors()) {
			return showNewForm(account, form, model);
		}
		TargetTable table = service.create(account, form.getKind(), form.requireYear(), form.toContent());
		redirect.addFlashAttribute("flash", "table.created");
		return "redirect:/tables/" + table.getId() + "/edit";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal Account account, @PathVariable long id, Model model) {
		TargetTable table = service.get(account, id);
		model.addAttribute("table", table);
		model.addAttribute("unitName", service.unitName(table));
		model.addAttribute("findings", service.check(table));
		model.addAttribute("mayEdit", service.mayEdit(account, table));
		model.addAttribute("mayCopy", account.isLeadOf(table.getUnitId()));
		model.addAttribute("groups", DraftingView.groups(table.getIndicators()));
		model.addAttribute("nextYear", table.getYear() + 1);
		extensions.forEach(extension -> extension.contribute(account, table, model));
		model.addAttribute("panels", panels);
		return "tables/show";
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal Account account, @PathVariable long id, Model model) {
		TargetTable table = service.get(account, id);
		if (!service.mayEdit(account, table)) {
			return "redirect:/tables/" + id;
		}
		return showEditForm(account, table, TableForm.of(table), service.check(table), model);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal Account account, @PathVariable long id,
			@Valid @ModelAttribute("form") TableForm form, BindingResult binding,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) String newRowLevels,
			@RequestParam(required = false) Long overwrite, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		// whatever this post shows again is content not (yet) saved: the page guards it against leaving
		model.addAttribute("unsaved", true);
		TargetTable table = service.get(account, id);
		form.setKind(table.getKind());
		form.setYear(table.getYear());
		if (overwrite != null) {
			// the drafter saw the conflict and chose to replace the newer version with the content on screen
			form.setVersion(overwrite);
		}
		if (!"save".equals(action)) {
			DraftingView.applyRowAction(form, rowAction(action, newRowLevels));
			return showEditForm(account, table, form, service.check(table, form.toContent()), model);
		}
		if (binding.hasErrors()) {
			return showEditForm(account, table, form, service.check(table, form.toContent()), model);
		}
		try {
			service.update(account, id, form.getVersion() == null ? -1 : form.getVersion(), form.toContent());
		}
		catch (ConflictException | ObjectOptimisticLockingFailureException e) {
			// Keep the user's edits on screen: nothing typed is lost, and the newer version is one click away.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			TargetTable current = service.get(account, id);
			model.addAttribute("conflictVersion", current.getVersion());
			model.addAttribute("conflictEditable", current.getStatus().isEditable());
			return showEditForm(account, current, form, service.check(current, form.toContent()), model);
		}
		redirect.addFlashAttribute("flash", "table.saved");
		return "redirect:/tables/" + id + "/edit";
	}

	/** The findings of a table's unsaved content, as the grid has it while the drafter types (nothing is written). */
	@PostMapping("/{id}/checks")
	@ResponseBody
	List<Finding> checkDraft(@AuthenticationPrincipal Account account, @PathVariable long id,
			@Valid @RequestBody TableForm body) {
		return service.check(service.get(account, id), body.toContent());
	}

	/** The findings of a new table's content before its first save. */
	@PostMapping("/new/checks")
	@ResponseBody
	List<Finding> checkNewDraft(@AuthenticationPrincipal Account account, @Valid @RequestBody TableForm body) {
		return service.checkNew(account, body.getKind(), body.requireYear(), body.toContent());
	}

	@PostMapping("/{id}/copy")
	String copy(@AuthenticationPrincipal Account account, @PathVariable long id, @RequestParam int year,
			RedirectAttributes redirect) {
		TargetTable copy = service.copyToYear(account, id, year);
		redirect.addFlashAttribute("flash", "table.copied");
		return "redirect:/tables/" + copy.getId() + "/edit";
	}

	private String showNewForm(Account account, TableForm form, Model model) {
		if (form.getYear() == null) {
			form.setYear(LocalDate.now(clock).getYear() + 1);
		}
		RuleSet ruleSet = service.ruleSetFor(form.getYear());
		model.addAttribute("unitName", account.organizationName());
		return showForm(form, ruleSet, null,
				service.checkNew(account, form.getKind(), form.getYear(), form.toContent()), model);
	}

	private String showEditForm(Account account, TargetTable table, TableForm form, List<Finding> findings,
			Model model) {
		extensions.forEach(extension -> extension.contribute(account, table, model));
		model.addAttribute("unitName", service.unitName(table));
		model.addAttribute("table", table);
		return showForm(form, service.ruleSet(table.getRuleSetId()), table.getId(), findings, model);
	}

	private static String rowAction(String action, String newRowLevels) {
		return "addSelected".equals(action) ? "add:" + newRowLevels : action;
	}

	private String showForm(TableForm form, RuleSet ruleSet, Long id, List<Finding> findings, Model model) {
		model.addAttribute("findings", findings);
		model.addAttribute("rowSeverity", DraftingView.rowSeverity(findings));
		model.addAttribute("form", form);
		model.addAttribute("tableId", id);
		model.addAttribute("ruleSet", ruleSet);
		model.addAttribute("levelOptions", DraftingView.levelOptions(ruleSet, form));
		model.addAttribute("gridRows", json.writeValueAsString(form.getIndicators()));
		model.addAttribute("gridGroups", json.writeValueAsString(DraftingView.levelOptions(ruleSet, form)));
		// reviewers' notes on rows (review's open round), by row as stored: the grid highlights those rows
		Object notes = model.getAttribute(TablePageExtension.ROW_NOTES);
		model.addAttribute("gridNotes", json.writeValueAsString(notes == null ? Map.of() : notes));
		model.addAttribute("groups", DraftingView.groups(form.toContent().indicators()));
		model.addAttribute("totals", DraftingView.totals(form.toContent().indicators()));
		model.addAttribute("panels", panels);
		return "tables/form";
	}
}
