package io.jixiao.targets;

import io.jixiao.organizations.Account;
import java.util.List;
import org.springframework.ui.Model;

/**
 * Lets later modules add panels to a table's page and drafting form without this module knowing them: an extension
 * names the slots it fills with which of its own template fragments, and puts into the model what those read
 * (review adds its actions, timeline, diff and row comments; imports its paste panel).
 */
public interface TablePageExtension {

	/** The places on the table's page ({@code tables/show}) and drafting form ({@code tables/form}) that take panels. */
	enum Slot {

		/** Page, beside its own buttons at the top. */
		PAGE_ACTIONS,
		/** Page, above the table. */
		PAGE_TOP,
		/** Page, side column above the checks. */
		PAGE_SIDE_TOP,
		/** Page, side column below the checks. */
		PAGE_SIDE_BOTTOM,
		/** Page, full width below the table. */
		PAGE_BOTTOM,
		/** Form, above the indicators. */
		FORM_ABOVE_INDICATORS,
		/** Form, below the indicators (also on a new table's form). */
		FORM_BELOW_INDICATORS

	}

	/**
	 * The model attribute an extension may fill with notes on indicator rows ({@code Map<Integer, List<String>>} by
	 * 0-based row): the table's page highlights those rows and shows the notes beside them.
	 */
	String ROW_NOTES = "rowNotes";

	/** A fragment without parameters ({@code ~{template :: fragment}}) shown in a slot. */
	record Panel(Slot slot, String template, String fragment) {
	}

	/** The panels this extension shows; the same for every table. */
	List<Panel> panels();

	/** Adds what the panels read about this table; not called on a new table's form, which has no table yet. */
	default void contribute(Account account, TargetTable table, Model model) {
	}
}
