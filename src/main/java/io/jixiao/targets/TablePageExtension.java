package io.jixiao.targets;

import io.jixiao.organizations.Account;
import org.springframework.ui.Model;

/**
 * Lets later modules add to a table's page and drafting form without this module knowing them (review adds its
 * actions, timeline and row comments).
 */
public interface TablePageExtension {

	void contribute(Account account, TargetTable table, Model model);
}
