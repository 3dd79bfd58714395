package io.jixiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.NoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** Spring Session reads a session without a transaction and saves it in one of its own. */
@NoDatabase
class SessionReadsTest {

	/** Records the transactions begun; holds no resource. */
	static final class Recorder extends AbstractPlatformTransactionManager {

		final List<Integer> begun = new ArrayList<>();

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
			begun.add(definition.getPropagationBehavior());
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}
	}

	final Recorder transactions = new Recorder();
	final SessionStore.ReadsWithoutTransaction operations = new SessionStore()
		.springSessionTransactionOperations(transactions);

	@Test
	void readingASessionBeginsNoTransaction() {
		boolean[] inTransaction = new boolean[1];
		String read = operations.execute(status -> {
			inTransaction[0] = status.isNewTransaction();
			return "session";
		});
		assertThat(read).isEqualTo("session");
		assertThat(inTransaction[0]).isFalse();
		assertThat(transactions.begun).isEmpty();
	}

	@Test
	void savingASessionRunsInANewTransactionOfItsOwn() {
		TransactionStatus[] seen = new TransactionStatus[1];
		operations.executeWithoutResult(status -> seen[0] = status);
		assertThat(seen[0].isNewTransaction()).isTrue();
		assertThat(transactions.begun).containsExactly(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}
}
