package io.jixiao.organizations;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/me: who is calling. */
@RestController
class MeController {

	private final OrganizationDirectory directory;

	MeController(OrganizationDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal Account account) {
		Organization organization = directory.get(account.organizationId());
		// only finance reviewers work in a section: nobody else is asked for one
		OrganizationDirectory.SectionRef section = account.hasRole(Role.FINANCE_REVIEWER)
				? directory.sectionOfUser(account.id()).orElse(null) : null;
		return new Me(account.getUsername(), account.displayName(), List.of(account.role().name()),
				new Me.Org(organization.getId(), organization.getName(), organization.getKind().name()), section);
	}

	record Me(String username, String displayName, List<String> roles, Org organization,
			OrganizationDirectory.SectionRef section) {

		record Org(long id, String name, String kind) {
		}
	}
}
