package io.jixiao.review;

import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.service.delegate.DelegateTask;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A failure injected into a transition of one table, from outside the product: a Flowable event listener (added to
 * the running engine by the test) that fires when the table's process reaches its next task or ends, that is after
 * the product has written the table's new status (and, for a submission, its version).
 */
final class TransitionFault implements FlowableEventListener {

	/** Where the transition fails. */
	enum Point {
		/** Inside the engine, while it moves the process on: audit, review event and notifications not yet written. */
		INSIDE_ENGINE,
		/** After everything was written and flushed to the database, as the transaction commits. */
		AT_COMMIT
	}

	static final FlowableEngineEventType[] EVENTS = { FlowableEngineEventType.TASK_CREATED,
			FlowableEngineEventType.PROCESS_COMPLETED };

	private final EntityManager entityManager;
	private final AtomicInteger fired = new AtomicInteger();
	private volatile Long tableId;
	private volatile Point point;
	private volatile boolean deadlockOnce;

	TransitionFault(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	void arm(long tableId, Point point) {
		this.point = point;
		this.tableId = tableId;
	}

	/**
	 * The next transition of the table fails once as the database's deadlock victim does (the driver's
	 * SQLTransactionRollbackException, SQLState 40001, MySQL error 1213), inside the engine; it may then be retried.
	 */
	void armDeadlockOnce(long tableId) {
		this.point = null; // after the one deadlock, events are only counted
		this.deadlockOnce = true;
		this.tableId = tableId;
	}

	void disarm() {
		this.tableId = null;
		this.deadlockOnce = false;
	}

	int fired() {
		return fired.get();
	}

	@Override
	public void onEvent(FlowableEvent event) {
		Long armed = tableId;
		if (armed == null || !(event instanceof FlowableEntityEvent entityEvent)
				|| !String.valueOf(armed).equals(tableOf(entityEvent.getEntity()))) {
			return;
		}
		fired.incrementAndGet();
		if (deadlockOnce) {
			deadlockOnce = false;
			throw new IllegalStateException("injected deadlock, table " + armed, new java.sql.SQLTransactionRollbackException(
					"Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
		}
		if (point == null) {
			return;
		}
		if (point == Point.INSIDE_ENGINE) {
			throw new IllegalStateException("injected failure inside the engine, table " + armed);
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void beforeCommit(boolean readOnly) {
				entityManager.flush();
				throw new IllegalStateException("injected failure at commit, table " + armed);
			}
		});
	}

	private static String tableOf(Object entity) {
		if (entity instanceof DelegateTask task) {
			return String.valueOf(task.getVariable("tableId"));
		}
		if (entity instanceof ProcessInstance process) {
			return process.getBusinessKey();
		}
		return null;
	}

	@Override
	public boolean isFailOnException() {
		return true;
	}

	@Override
	public boolean isFireOnTransactionLifecycleEvent() {
		return false;
	}

	@Override
	public String getOnTransaction() {
		return null;
	}
}
