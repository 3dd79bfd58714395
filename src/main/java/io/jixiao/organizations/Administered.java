package io.jixiao.organizations;

import java.util.Map;

/**
 * An organization or account created or changed (administrator pages, demo data): what was done, by whom (null for
 * the system itself, e.g. demo data at start-up), and the audited details (before and after).
 */
public record Administered(Action action, Actor actor, Map<String, ?> details) {

	/** What the administration did. */
	public enum Action {
		ORG_CREATE, ORG_UPDATE, USER_CREATE, USER_UPDATE, SECTION_SAVE, SECTION_DELETE, DEPUTY_SAVE, DEPUTY_DELETE
	}
}
