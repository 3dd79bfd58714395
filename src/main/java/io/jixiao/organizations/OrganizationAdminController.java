package io.jixiao.organizations;

import io.jixiao.system.ConflictException;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrator pages for the organization tree: the list, creating and changing an organization. Saving redirects
 * (post-redirect-get); a refused or stale save shows the form again with what was typed.
 */
@Controller
@RequestMapping("/admin/organizations")
@PreAuthorize("hasRole('ADMIN')")
class OrganizationAdminController {

	/** Which field a refusal of the service concerns. */
	private static final Map<String, String> FIELDS = Map.of(
			"organization.duplicate", "name",
			"organization.placement", "parentId",
			"organization.parentSelf", "parentId");

	private final OrganizationAdmin admin;
	private final AdminForms forms;

	OrganizationAdminController(OrganizationAdmin admin, AdminForms forms) {
		this.admin = admin;
		this.forms = forms;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("tree", tree());
		return "admin/organizations";
	}

	@GetMapping("/new")
	String newOrganization(Model model) {
		return showForm(new OrganizationForm(), null, tree(), model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				admin.createOrganization(form.getName(), form.getKind(), form.getParentId(),
						form.effectiveDeptReviews());
				redirect.addFlashAttribute("flash", "admin.organization.created");
				return "redirect:/admin/organizations";
			}
			catch (InvalidInputException e) {
				forms.reject(binding, e, FIELDS);
			}
		}
		return showForm(form, null, tree(), model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		OrganizationTree tree = tree();
		Organization organization = find(tree, id);
		return showForm(OrganizationForm.of(organization), organization, tree, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding,
			@RequestParam(required = false) Long overwrite, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		OrganizationTree tree = tree();
		Organization organization = find(tree, id);
		form.setKind(organization.getKind());
		if (overwrite != null) {
			// the administrator saw the conflict and chose to replace the newer version with the content on screen
			form.setVersion(overwrite);
		}
		if (!binding.hasErrors()) {
			try {
				admin.changeOrganization(id, form.getVersion() == null ? -1 : form.getVersion(), form.getName(),
						form.getParentId(), form.effectiveDeptReviews());
				redirect.addFlashAttribute("flash", "admin.organization.saved");
				return "redirect:/admin/organizations";
			}
			catch (InvalidInputException e) {
				forms.reject(binding, e, FIELDS);
			}
			catch (ConflictException | ObjectOptimisticLockingFailureException e) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				tree = tree();
				organization = find(tree, id);
				model.addAttribute("conflictVersion", organization.getVersion());
			}
		}
		return showForm(form, organization, tree, model);
	}

	private String showForm(OrganizationForm form, Organization organization, OrganizationTree tree, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("organization", organization);
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("departments", tree.ofKind(OrganizationKind.DEPARTMENT));
		return "admin/organization-form";
	}

	private OrganizationTree tree() {
		return OrganizationTree.of(admin.allOrganizations());
	}

	private static Organization find(OrganizationTree tree, long id) {
		return tree.find(id).orElseThrow(() -> new NotFoundException("organization " + id));
	}
}
