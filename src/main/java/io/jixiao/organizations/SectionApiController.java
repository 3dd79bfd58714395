package io.jixiao.organizations;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/admin/sections: the finance bureau's sections and the departments each manages (api.md). */
@RestController
@RequestMapping("/api/v1/admin/sections")
@PreAuthorize("hasRole('ADMIN')")
class SectionApiController {

	private final FinanceSectionAdmin sections;

	SectionApiController(FinanceSectionAdmin sections) {
		this.sections = sections;
	}

	record SectionJson(Long id, String name, List<Long> departmentIds) {

		static SectionJson of(FinanceSectionAdmin.Section section) {
			return new SectionJson(section.id(), section.name(), section.departmentIds());
		}
	}

	@GetMapping
	List<SectionJson> list() {
		return sections.sections().stream().map(SectionJson::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	SectionJson create(@RequestBody SectionJson body) {
		// the API names departments only: reviewers join a section on the administrator's page
		return SectionJson.of(sections.create(body.name(), body.departmentIds(), null));
	}

	@PutMapping("/{id}")
	SectionJson change(@PathVariable long id, @RequestBody SectionJson body) {
		return SectionJson.of(sections.change(id, body.name(), body.departmentIds(), null));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		sections.delete(id);
	}
}
