package io.jixiao.imports;

import io.jixiao.organizations.Account;
import io.jixiao.system.MessageException;
import io.jixiao.system.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Imports started from the pages run here, in the background on a small pool of their own, so that a long import
 * never holds a request thread and the page shows its progress. A job belongs to the user who started it and is
 * kept in memory for {@link #KEEP} (on the node that runs it: behind a load balancer, sessions must be sticky).
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

	/** One import: its uploads until saved, its preview, its progress and its outcome. */
	static final class Job {

		private final String id;
		private final long owner;
		private final Instant created;
		private volatile List<Upload> uploads;
		private volatile State state = State.QUEUED;
		private volatile int done;
		private volatile int total;
		private volatile ImportService.Result result;
		private volatile String failure;
		private volatile Object[] failureArgs = new Object[0];

		Job(String id, long owner, Instant created, List<Upload> uploads) {
			this.id = id;
			this.owner = owner;
			this.created = created;
			this.uploads = uploads;
		}

		public String getId() {
			return id;
		}

		public State getState() {
			return state;
		}

		/** Percent done of the running part. */
		public int getPercent() {
			return total == 0 ? 0 : Math.min(100, done * 100 / total);
		}

		public ImportService.Result getResult() {
			return result;
		}

		public String getFailure() {
			return failure;
		}

		public Object[] getFailureArgs() {
			return failureArgs;
		}

		public Instant getCreated() {
			return created;
		}
	}

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	private final SecureRandom random = new SecureRandom();

	private final ImportService service;

	private final Clock clock;

	private final ImportSlots slots;

	ImportJobs(ImportService service, ImportSlots slots, Clock clock) {
		this.service = service;
		this.slots = slots;
		this.clock = clock;
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setQueueCapacity(QUEUE);
		executor.setThreadNamePrefix("import-");
		executor.initialize();
	}

	/** Starts reading the uploads for a preview; the caller is then sent to the job's page. */
	Job preview(Account account, List<Upload> uploads) {
		service.authorize(account, true);
		WorkbookLimits.check(uploads);
		ImportSlots.Slot slot = slots.take(account);
		expire();
		byte[] id = new byte[16];
		random.nextBytes(id);
		Job job = new Job(HexFormat.of().formatHex(id), account.id(), clock.instant(), List.copyOf(uploads));
		// a user's finished imports beyond the last few are dropped: their uploads stay in memory until then
		of(account).stream().filter(j -> !j.state.isRunning()).skip(PER_USER - 1L).forEach(j -> jobs.remove(j.id));
		jobs.put(job.id, job);
		submit(job, slot, () -> {
			job.state = State.READING;
			job.result = service.run(account, job.uploads, true, null, progress(job));
			job.state = State.READY;
		});
		return job;
	}

	/** Saves a previewed import without errors: every table a draft, in one transaction. */
	Job save(Account account, String id) {
		Job job = get(account, id);
		service.authorize(account, false);
		if (job.state != State.READY || job.result == null || job.result.notes().hasErrors()) {
			throw new io.jixiao.system.ConflictException("imports.job.notReady");
		}
		ImportSlots.Slot slot = slots.take(account);
		job.state = State.QUEUED;
		submit(job, slot, () -> {
			job.state = State.SAVING;
			ImportService.Result saved = service.run(account, job.uploads, false, null, progress(job));
			job.result = saved;
			job.state = saved.saved() ? State.SAVED : State.READY;
			if (saved.saved()) {
				job.uploads = List.of();
			}
		});
		return job;
	}

	/** A job of this user; another user's job or an expired one does not exist for them. */
	Job get(Account account, String id) {
		Job job = jobs.get(id);
		if (job == null || job.owner != account.id()) {
			throw new NotFoundException("import job " + id);
		}
		return job;
	}

	/** This user's jobs, newest first. */
	List<Job> of(Account account) {
		expire();
		return jobs.values().stream()
			.filter(job -> job.owner == account.id())
			.sorted(java.util.Comparator.comparing(Job::getCreated).reversed())
			.toList();
	}

	private static ImportService.Progress progress(Job job) {
		return (phase, done, total) -> {
			job.done = done;
			job.total = total;
		};
	}

	/** Runs the work in the background; the slot is given back when it ends. */
	private void submit(Job job, ImportSlots.Slot slot, Runnable work) {
		try {
			executor.execute(() -> {
				try (slot) {
					work.run();
				}
				catch (MessageException e) {
					job.failure = e.getMessageCode();
					job.failureArgs = e.getArgs();
					job.state = State.FAILED;
				}
				catch (RuntimeException e) {
					log.error("Import {} failed", job.id, e);
					job.failure = "imports.job.failed";
					job.state = State.FAILED;
				}
			});
		}
		catch (RejectedExecutionException e) {
			slot.close();
			jobs.remove(job.id);
			throw new io.jixiao.system.ConflictException("imports.job.busy");
		}
	}

	private void expire() {
		Instant limit = clock.instant().minus(KEEP);
		jobs.values().removeIf(job -> job.created.isBefore(limit) && !job.state.isRunning());
	}

	@Override
	public void destroy() {
		executor.shutdown();
	}
}
