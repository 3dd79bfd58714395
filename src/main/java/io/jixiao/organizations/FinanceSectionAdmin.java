package io.jixiao.organizations;

import io.jixiao.system.InvalidInputException;
import io.jixiao.system.NotFoundException;
import io.jixiao.system.PlainText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The finance bureau's sections (归口科室): which departments each manages and which finance reviewers work in it.
 * A department is managed by one section at most (giving it to another takes it away from the first), a reviewer
 * works in one at most. Review routing reads the columns on the next finance task; tasks already open stay with
 * whom they were offered to.
 */
@Service
@Transactional
public class FinanceSectionAdmin {

	/** The column finance_sections.name. */
	static final int NAME_LENGTH = 100;

	private final FinanceSections sections;
	private final Organizations organizations;
	private final UserAccounts users;
	private final ApplicationEventPublisher events;

	FinanceSectionAdmin(FinanceSections sections, Organizations organizations, UserAccounts users,
			ApplicationEventPublisher events) {
		this.sections = sections;
		this.organizations = organizations;
		this.users = users;
		this.events = events;
	}

	/** A section with its departments and reviewers (ids). */
	public record Section(long id, String name, List<Long> departmentIds, List<Long> memberIds) {
	}

	@Transactional(readOnly = true)
	public List<Section> sections() {
		Map<Long, List<Long>> departments = grouped(sections.departmentsBySection());
		Map<Long, List<Long>> members = grouped(sections.membersBySection());
		return sections.findAllOrdered().stream()
			.map(s -> new Section(s.getId(), s.getName(), departments.getOrDefault(s.getId(), List.of()),
					members.getOrDefault(s.getId(), List.of())))
			.toList();
	}

	@Transactional(readOnly = true)
	public Section section(long id) {
		return sections().stream().filter(s -> s.id() == id).findFirst()
			.orElseThrow(() -> new NotFoundException("section " + id));
	}

	/** A new section; {@code memberIds} null leaves nobody in it. */
	public Section create(String name, List<Long> departmentIds, List<Long> memberIds) {
		String checked = checkName(name, null);
		FinanceSection section = sections.save(new FinanceSection(checked));
		assign(section.getId(), departmentIds, memberIds);
		announce(Administered.Action.SECTION_SAVE, section.getId(), checked, departmentIds);
		return section(section.getId());
	}

	/** Renames a section and sets its departments; {@code memberIds} null keeps its reviewers. */
	public Section change(long id, String name, List<Long> departmentIds, List<Long> memberIds) {
		FinanceSection section = find(id);
		section.rename(checkName(name, id));
		sections.releaseDepartments(id);
		if (memberIds != null) {
			sections.releaseMembers(id);
		}
		assign(id, departmentIds, memberIds);
		announce(Administered.Action.SECTION_SAVE, id, section.getName(), departmentIds);
		return section(id);
	}

	/** Removes a section: its departments go back to the whole bureau, its reviewers to none. */
	public void delete(long id) {
		FinanceSection section = find(id);
		sections.releaseDepartments(id);
		sections.releaseMembers(id);
		sections.delete(section);
		announce(Administered.Action.SECTION_DELETE, id, section.getName(), List.of());
	}

	private void assign(long id, List<Long> departmentIds, List<Long> memberIds) {
		List<Long> departments = departmentIds == null ? List.of() : departmentIds.stream().distinct().toList();
		if (!departments.isEmpty()) {
			List<Organization> found = organizations.findAllById(departments);
			if (found.size() != departments.size()
					|| found.stream().anyMatch(o -> o.getKind() != OrganizationKind.DEPARTMENT)) {
				throw new InvalidInputException("section.department");
			}
			sections.manage(id, departments);
		}
		if (memberIds != null && !memberIds.isEmpty()) {
			List<UserAccount> found = users.findAllById(memberIds.stream().distinct().toList());
			if (found.size() != memberIds.stream().distinct().count()
					|| found.stream().anyMatch(u -> u.getRole() != Role.FINANCE_REVIEWER)) {
				throw new InvalidInputException("section.member");
			}
			sections.join(id, memberIds);
		}
	}

	private String checkName(String name, Long id) {
		String stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty()) {
			throw new InvalidInputException("section.nameRequired");
		}
		PlainText.require("section.name", stripped, NAME_LENGTH);
		sections.findByName(stripped).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
			throw new InvalidInputException("section.duplicate", stripped);
		});
		return stripped;
	}

	private FinanceSection find(long id) {
		return sections.findById(id).orElseThrow(() -> new NotFoundException("section " + id));
	}

	private void announce(Administered.Action action, long id, String name, List<Long> departmentIds) {
		events.publishEvent(new Administered(action, CurrentAccount.get().map(Account::actor).orElse(null),
				Map.of("id", id, "name", name, "departmentIds", departmentIds == null ? List.of() : departmentIds)));
	}

	private static Map<Long, List<Long>> grouped(List<Object[]> rows) {
		Map<Long, List<Long>> grouped = new LinkedHashMap<>();
		for (Object[] row : rows) {
			grouped.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]);
		}
		return grouped;
	}
}
