package io.jixiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.NoDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionOperations;

/** Spring Session reads and saves a session without a transaction (each one costs MySQL three statements more). */
@NoDatabase
class SessionReadsTest {

	final TransactionOperations operations = new SessionStore().springSessionTransactionOperations();

	@Test
	void readingASessionBeginsNoTransaction() {
		boolean[] inTransaction = new boolean[1];
		String read = operations.execute(status -> {
			inTransaction[0] = status.isNewTransaction();
			return "session";
		});
		assertThat(read).isEqualTo("session");
		assertThat(inTransaction[0]).isFalse();
	}

	@Test
	void savingASessionBeginsNoTransaction() {
		TransactionStatus[] seen = new TransactionStatus[1];
		operations.executeWithoutResult(status -> seen[0] = status);
		assertThat(seen[0].isNewTransaction()).isFalse();
	}
}
