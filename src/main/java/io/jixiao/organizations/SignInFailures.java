package io.jixiao.organizations;

/**
 * How often sign-in failed for a user name lately: kept by whoever records the failures (the audit trail), read in
 * the same statement as the account, so that signing in costs one statement and the lock-out holds on every node.
 */
public interface SignInFailures {

	/**
	 * SQL: a scalar subquery counting the failed sign-ins of the user name bound to {@code :username} (in lower case: a
	 * name typed in any case counts) after the
	 * moment bound to {@code :since} (UTC, as the product stores its timestamps).
	 */
	String countSinceSql();
}
