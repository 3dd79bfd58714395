package io.jixiao.imports;

import io.jixiao.organizations.Account;
import io.jixiao.system.ConflictException;
import io.jixiao.system.MessageException;
import io.jixiao.system.NotFoundException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Imports started from the pages run here, in the background on a small pool of their own, so that a long import
 * never holds a request thread and the page shows its progress. A job belongs to the user who started it; it runs on
 * the node that received it, but its progress, preview and outcome are kept in the database ({@link ImportJobStore})
 * for {@link #KEEP}, so any node shows it and saves it: no sticky sessions are needed.
 */
@Component
class ImportJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	static final Duration KEEP = Duration.ofMinutes(30);

	/** Finished jobs kept per user. */
	private static final int PER_USER = 5;

	/** Jobs waiting for a thread; beyond that a new import is asked to come back later. */
	private static final int QUEUE = 20;

	/** Where a job is. */
	enum State {
		QUEUED, READING, READY, SAVING, SAVED, FAILED;

		public boolean isRunning() {
			return this == QUEUED || this == READING || this == SAVING;
		}
	}

	/** One import as last stored: its progress, its preview or outcome, or why it failed. */
	static final class Job {

		private final String id;
		private final long owner;
		private final Instant created;
		private final State state;
		private final int percent;
		private final ImportResponse response;
		private final String failure;

		Job(String id, long owner, Instant created, State state, int percent, ImportResponse response,
				String failure) {
			this.id = id;
			this.owner = owner;
			this.created = created;
			this.state = state;
			this.percent = percent;
			this.response = response;
			this.failure = failure;
		}

		public String getId() {
			return id;
		}

		public State getState() {
			return state;
		}

		/** Percent done of the running part. */
		public int getPercent() {
			return percent;
		}

		/** The preview, or once saved the tables with their ids. */
		public ImportResponse getResponse() {
			return response;
		}

		/** Why the job failed, in Chinese. */
		public String getFailure() {
			return failure;
		}

		public Instant getCreated() {
			return created;
		}
	}

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	private final SecureRandom random = new SecureRandom();

	private final ImportService service;

	private final ImportSlots slots;

	private final ImportJobStore store;

	private final ImportMessages messages;

	ImportJobs(ImportService service, ImportSlots slots, ImportJobStore store, MessageSource messageSource) {
		this.service = service;
		this.slots = slots;
		this.store = store;
		this.messages = new ImportMessages(messageSource);
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setQueueCapacity(QUEUE);
		executor.setThreadNamePrefix("import-");
		executor.initialize();
	}

	/** Starts reading the uploads for a preview; the caller is then sent to the job's page. */
	Job preview(Account account, List<Upload> uploads) {
		service.authorize(account, true);
		ImportSlots.Slot slot = slots.take(account);
		List<Upload> copy = List.copyOf(uploads);
		Job job;
		try {
			// counted in the request, so that a workbook over a limit is answered at once (413)
			slot.work(() -> {
				WorkbookLimits.check(copy);
				return null;
			});
			// a user's finished imports beyond the last few are dropped: their uploads take room until then
			store.clean(account.id(), KEEP, PER_USER - 1);
			byte[] id = new byte[16];
			random.nextBytes(id);
			job = store.create(HexFormat.of().formatHex(id), account.id(), copy);
		}
		catch (RuntimeException e) {
			slot.close();
			throw e;
		}
		submit(job.id, slot, () -> store.delete(job.id), () -> {
			store.progress(job.id, State.READING, 0);
			ImportService.Result read = slot.work(
					() -> service.run(account, copy, true, null, progress(job.id, State.READING)));
			store.finish(job.id, State.READY, ImportResponse.of(read, true, messages));
		});
		return job;
	}

	/** Saves a previewed import without errors: every table a draft, in one transaction, on this node. */
	Job save(Account account, String id) {
		Job job = get(account, id);
		service.authorize(account, false);
		if (job.state != State.READY || job.response == null || !job.response.errors().isEmpty()) {
			throw new ConflictException("imports.job.notReady");
		}
		ImportSlots.Slot slot = slots.take(account);
		if (!store.claim(id, account.id())) {
			slot.close();
			throw new ConflictException("imports.job.notReady");
		}
		submit(id, slot, () -> store.unclaim(id), () -> {
			store.progress(id, State.SAVING, 0);
			ImportService.Result saved = slot.work(
					() -> service.run(account, store.uploads(id), false, null, progress(id, State.SAVING)));
			store.finish(id, saved.saved() ? State.SAVED : State.READY,
					ImportResponse.of(saved, !saved.saved(), messages));
		});
		return store.summary(id);
	}

	/** A job of this user; another user's job or an expired one does not exist for them. */
	Job get(Account account, String id) {
		return visible(account, store.find(id), id);
	}

	/** As {@link #get(Account, String)} without the result, for the page's progress bar. */
	Job progressOf(Account account, String id) {
		return visible(account, store.summary(id), id);
	}

	private static Job visible(Account account, Job job, String id) {
		if (job == null || job.owner != account.id()) {
			throw new NotFoundException("import job " + id);
		}
		return job;
	}

	/** This user's jobs, newest first. */
	List<Job> of(Account account) {
		return store.of(account.id(), KEEP);
	}

	/** Stores the percent done when it changes: the job's heartbeat too. */
	private ImportService.Progress progress(String id, State state) {
		AtomicInteger stored = new AtomicInteger();
		return (phase, done, total) -> {
			int percent = total == 0 ? 0 : Math.min(100, done * 100 / total);
			if (stored.getAndSet(percent) != percent) {
				store.progress(id, state, percent);
			}
		};
	}

	/** Runs the work in the background; the slot is given back when it ends; {@code refused} if it cannot start. */
	private void submit(String id, ImportSlots.Slot slot, Runnable refused, Runnable work) {
		try {
			executor.execute(() -> {
				try (slot) {
					work.run();
				}
				catch (MessageException e) {
					store.fail(id, e.getMessageCode(), e.getArgs());
				}
				catch (RuntimeException e) {
					log.error("Import {} failed", id, e);
					store.fail(id, "imports.job.failed");
				}
			});
		}
		catch (RejectedExecutionException e) {
			slot.close();
			refused.run();
			throw new ConflictException("imports.job.busy");
		}
	}

	@Override
	public void destroy() {
		executor.shutdown();
	}
}
