package io.jixiao.imports;

import io.jixiao.organizations.Account;
import io.jixiao.system.MessageException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * How many imports a node runs at once, API and pages together: each holds its uploads and a workbook's model in
 * memory (up to about 100 MB within {@link WorkbookLimits}), so a few at a time keep the node's heap and the public
 * pages' latency safe. Beyond a limit an import is refused at once (429) rather than queued. Of the imports holding a
 * slot, only {@link #WORKING} read or save at the same moment and the others wait their turn: four reading at once
 * took both cores of a node and the public pages' p95 went from 17 to 450 ms (HostileUploadBenchmark).
 */
@Component
class ImportSlots {

	/** Imports running or queued on this node. */
	static final int PER_NODE = 4;

	/** Imports of one user running or queued on this node. */
	static final int PER_USER = 2;

	/** Imports reading, checking or saving at the same moment: half the node's cores, the rest for the pages. */
	static final int WORKING = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

	private final Semaphore working = new Semaphore(WORKING, true);

	private final Map<Long, Integer> ofUser = new HashMap<>();

	private int taken;

	/** A slot for one import of this user, to be closed when the import ends; {@link Busy} when none is free. */
	synchronized Slot take(Account account) {
		if (taken >= PER_NODE) {
			throw new Busy("imports.busy.node", PER_NODE);
		}
		int mine = ofUser.getOrDefault(account.id(), 0);
		if (mine >= PER_USER) {
			throw new Busy("imports.busy.user", PER_USER);
		}
		taken++;
		ofUser.put(account.id(), mine + 1);
		return new Slot(account.id());
	}

	private synchronized void give(long user) {
		taken--;
		ofUser.computeIfPresent(user, (id, n) -> n == 1 ? null : n - 1);
	}

	/** A taken slot; closing it more than once gives it back once. */
	final class Slot implements AutoCloseable {

		private final long user;

		private boolean open = true;

		private Slot(long user) {
			this.user = user;
		}

		/** The import's work, once one of the node's {@link #WORKING} turns is free; the slot stays taken meanwhile. */
		<T> T work(Supplier<T> work) {
			working.acquireUninterruptibly();
			try {
				return work.get();
			}
			finally {
				working.release();
			}
		}

		@Override
		public synchronized void close() {
			if (open) {
				open = false;
				give(user);
			}
		}
	}

	/** No slot free: 429 with the limit named. */
	static final class Busy extends MessageException {

		Busy(String code, Object... args) {
			super(code, args);
		}
	}
}
