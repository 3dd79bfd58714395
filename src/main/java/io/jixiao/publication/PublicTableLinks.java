package io.jixiao.publication;

import java.util.List;

/**
 * Lets later modules link a published table's public page to public pages of their own (self-evaluation links the
 * table's published evaluation) without this module knowing them. Only called for a table already found public.
 */
public interface PublicTableLinks {

	/** The links to show under the table's heading: a message key taking no arguments and the address. */
	List<Link> of(long tableId);

	record Link(String messageKey, String href) {
	}
}
