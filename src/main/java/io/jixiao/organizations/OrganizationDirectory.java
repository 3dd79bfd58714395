package io.jixiao.organizations;

import io.jixiao.system.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the tree and the one place that decides which units a user may see. */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory {

	private final Organizations organizations;

	OrganizationDirectory(Organizations organizations) {
		this.organizations = organizations;
	}

	public Organization get(long id) {
		return organizations.findById(id).orElseThrow(() -> new NotFoundException("organization " + id));
	}

	public Optional<Organization> findByName(String name) {
		return organizations.findByName(name);
	}

	/**
	 * The ids of the units whose tables this account may see, or empty for "all" (finance and administrators).
	 * A lead sees the own unit; a department reviewer the department and the units under it.
	 */
	public Optional<List<Long>> visibleUnitIds(Account account) {
		return switch (account.role()) {
			case FINANCE_REVIEWER, ADMIN -> Optional.empty();
			case LEAD -> Optional.of(List.of(account.organizationId()));
			case DEPT_REVIEWER -> {
				List<Long> ids = new ArrayList<>(organizations.findChildIds(account.organizationId()));
				ids.add(account.organizationId());
				yield Optional.of(ids);
			}
		};
	}

	/** Whether the account may see tables of the given unit. */
	public boolean maySee(Account account, long unitId) {
		return visibleUnitIds(account).map(ids -> ids.contains(unitId)).orElse(true);
	}
}
