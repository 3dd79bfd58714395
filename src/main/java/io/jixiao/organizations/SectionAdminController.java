package io.jixiao.organizations;

import io.jixiao.system.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrator pages for the finance bureau's sections (归口科室): the list, and a form naming a section, the
 * departments it manages and the finance reviewers working in it. A refused save shows the form again as typed.
 */
@Controller
@RequestMapping("/admin/sections")
@PreAuthorize("hasRole('ADMIN')")
class SectionAdminController {

	private final FinanceSectionAdmin sections;
	private final OrganizationDirectory directory;
	private final MessageSource messages;

	SectionAdminController(FinanceSectionAdmin sections, OrganizationDirectory directory, MessageSource messages) {
		this.sections = sections;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("sections", sections.sections());
		addChoices(model);
		return "admin/sections";
	}

	@GetMapping("/new")
	String newSection(Model model) {
		return form(null, new FinanceSectionAdmin.Section(0, "", List.of(), List.of()), model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return form(id, sections.section(id), model);
	}

	@PostMapping("/new")
	String create(@RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) List<Long> departmentIds, @RequestParam(required = false) List<Long> memberIds,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			sections.create(name, orNone(departmentIds), orNone(memberIds));
			redirect.addFlashAttribute("flash", "admin.section.saved");
			return "redirect:/admin/sections";
		}
		catch (InvalidInputException e) {
			return refused(null, name, departmentIds, memberIds, e, model, response);
		}
	}

	@PostMapping("/{id}")
	String change(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) List<Long> departmentIds, @RequestParam(required = false) List<Long> memberIds,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		sections.section(id);
		try {
			sections.change(id, name, orNone(departmentIds), orNone(memberIds));
			redirect.addFlashAttribute("flash", "admin.section.saved");
			return "redirect:/admin/sections";
		}
		catch (InvalidInputException e) {
			return refused(id, name, departmentIds, memberIds, e, model, response);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		sections.delete(id);
		redirect.addFlashAttribute("flash", "admin.section.deleted");
		return "redirect:/admin/sections";
	}

	private String refused(Long id, String name, List<Long> departmentIds, List<Long> memberIds,
			InvalidInputException e, Model model, HttpServletResponse response) {
		response.setStatus(422);
		model.addAttribute("error", messages.getMessage(e.getMessageCode(), e.getArgs(), Locale.SIMPLIFIED_CHINESE));
		return form(id, new FinanceSectionAdmin.Section(id == null ? 0 : id, name, orNone(departmentIds),
				orNone(memberIds)), model);
	}

	private String form(Long id, FinanceSectionAdmin.Section section, Model model) {
		model.addAttribute("sectionId", id);
		model.addAttribute("section", section);
		// which section manages each department now, so that moving one to this section is a visible choice
		Map<Long, String> managedBy = new java.util.HashMap<>();
		for (FinanceSectionAdmin.Section other : sections.sections()) {
			if (id == null || other.id() != id) {
				other.departmentIds().forEach(d -> managedBy.put(d, other.name()));
			}
		}
		model.addAttribute("managedBy", managedBy);
		addChoices(model);
		return "admin/section-form";
	}

	private void addChoices(Model model) {
		List<Organization> departments = directory.departments();
		model.addAttribute("departments", departments);
		model.addAttribute("departmentNames", departments.stream()
			.collect(Collectors.toMap(Organization::getId, Organization::getName)));
		List<OrganizationDirectory.Person> reviewers = directory.financeBureau()
			.map(f -> directory.people(Role.FINANCE_REVIEWER, f.getId())).orElse(List.of());
		model.addAttribute("reviewers", reviewers);
		model.addAttribute("reviewerNames", reviewers.stream()
			.collect(Collectors.toMap(OrganizationDirectory.Person::id, Function.identity())));
	}

	private static List<Long> orNone(List<Long> ids) {
		return ids == null ? List.of() : ids;
	}
}
