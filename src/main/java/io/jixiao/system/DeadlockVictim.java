package io.jixiao.system;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.springframework.resilience.retry.MethodRetryPredicate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which failures of a transition are worth running again: the database chose its transaction as the victim of a
 * deadlock (InnoDB does between two transitions of different tables, inside the engine's inserts and deletes), so
 * nothing of it was kept and a second run meets no conflict of the user's making. Only where the transaction began:
 * inside a caller's transaction the whole of the caller's work is lost, and only the caller may run it again.
 * Conflicts (a stale version, a task already done) are not retried; they stay a 409.
 */
public final class DeadlockVictim implements MethodRetryPredicate {

	/** MySQL's and MariaDB's error code for a deadlock (SQLState 40001 alike for H2 and the standard). */
	private static final int MYSQL_DEADLOCK = 1213;

	@Override
	public boolean shouldRetry(Method method, Throwable failure) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return false;
		}
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SQLTransactionRollbackException) {
				return true;
			}
			if (t instanceof SQLException e && ("40001".equals(e.getSQLState()) || e.getErrorCode() == MYSQL_DEADLOCK)) {
				return true;
			}
		}
		return false;
	}
}
