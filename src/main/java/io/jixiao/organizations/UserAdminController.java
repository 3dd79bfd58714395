package io.jixiao.organizations;

import io.jixiao.system.ConflictException;
import io.jixiao.system.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
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
 * Administrator pages for accounts: the list, creating and changing an account. Passwords go only through
 * {@link OrganizationAdmin} (BCrypt) and are never echoed; saving redirects (post-redirect-get).
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

	/** BCrypt reads at most 72 bytes and Spring Security refuses longer passwords. */
	private static final int BCRYPT_MAX_BYTES = 72;

	/** Which field a refusal of the service concerns. */
	private static final Map<String, String> FIELDS = Map.of(
			"user.duplicate", "username",
			"user.roleOrganization", "organizationId");

	private final OrganizationAdmin admin;
	private final AdminForms forms;

	UserAdminController(OrganizationAdmin admin, AdminForms forms) {
		this.admin = admin;
		this.forms = forms;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", admin.allUsers());
		return "admin/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		return showNewForm(new NewUserForm(), model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		rejectOverlongPassword(binding, "password", form.getPassword());
		if (!binding.hasErrors()) {
			try {
				admin.createUser(form.getUsername(), form.getDisplayName(), form.getPassword(), form.getRole(),
						form.getOrganizationId());
				redirect.addFlashAttribute("flash", "admin.user.created");
				return "redirect:/admin/users";
			}
			catch (InvalidInputException e) {
				forms.reject(binding, e, FIELDS);
			}
		}
		return showNewForm(form, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		OrganizationAdmin.UserView user = admin.user(id);
		return showEditForm(user, UserForm.of(user), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult binding,
			@RequestParam(required = false) Long overwrite, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		OrganizationAdmin.UserView user = admin.user(id);
		if (overwrite != null) {
			// the administrator saw the conflict and chose to replace the newer version with the content on screen
			form.setVersion(overwrite);
		}
		rejectOverlongPassword(binding, "newPassword", form.getNewPassword());
		if (!binding.hasErrors()) {
			try {
				admin.changeUser(id, form.getVersion() == null ? -1 : form.getVersion(), form.getDisplayName(),
						form.getRole(), form.getOrganizationId(), form.isEnabled(), form.getNewPassword(),
						form.getEmail());
				redirect.addFlashAttribute("flash", "admin.user.saved");
				return "redirect:/admin/users";
			}
			catch (InvalidInputException e) {
				forms.reject(binding, e, FIELDS);
			}
			catch (ConflictException | ObjectOptimisticLockingFailureException e) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				user = admin.user(id);
				model.addAttribute("conflictVersion", user.version());
			}
		}
		return showEditForm(user, form, model);
	}

	private String showNewForm(NewUserForm form, Model model) {
		model.addAttribute("passwordCleared", form.getPassword() != null && !form.getPassword().isEmpty());
		return showForm(form, null, model);
	}

	private String showEditForm(OrganizationAdmin.UserView user, UserForm form, Model model) {
		model.addAttribute("passwordCleared", form.getNewPassword() != null && !form.getNewPassword().isEmpty());
		return showForm(form, user, model);
	}

	private String showForm(Object form, OrganizationAdmin.UserView user, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("user", user);
		model.addAttribute("roles", Role.values());
		OrganizationTree tree = OrganizationTree.of(admin.allOrganizations());
		model.addAttribute("organizationsByKind", Map.of(
				OrganizationKind.FINANCE, tree.ofKind(OrganizationKind.FINANCE),
				OrganizationKind.DEPARTMENT, tree.ofKind(OrganizationKind.DEPARTMENT),
				OrganizationKind.UNIT, tree.ofKind(OrganizationKind.UNIT)));
		model.addAttribute("kinds", OrganizationKind.values());
		return "admin/user-form";
	}

	private static void rejectOverlongPassword(BindingResult binding, String field, String password) {
		if (password != null && password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES
				&& !binding.hasFieldErrors(field)) {
			binding.rejectValue(field, "admin.user.password.bytes");
		}
	}
}
