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

	TransitionFault(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	void arm(long tableId, Point point) {
		this.point = point;
		this.tableId = tableId;
	}

	void disarm() {
		this.tableId = null;
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
