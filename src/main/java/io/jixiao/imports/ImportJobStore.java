package io.jixiao.imports;

import io.jixiao.imports.ImportJobs.Job;
import io.jixiao.imports.ImportJobs.State;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import jobs in the database ({@code db/migration/V10}), so that every node shows and saves any job. Each write
 * commits on its own (also from within the saving transaction of an import): other nodes see the progress at once.
 */
@Repository
class ImportJobStore {

	/** A running job not heard of for this long ran on a node that stopped: it shows as failed. */
	static final Duration STALE = Duration.ofMinutes(5);

	private static final String COLUMNS = "id, owner_id, state, percent, result_json, failure, created_at, updated_at";

	/** The same without the result, for lists and progress. */
	private static final String SUMMARY = COLUMNS.replace("result_json", "null as result_json");

	private static final List<String> RUNNING = List.of(State.QUEUED.name(), State.READING.name(), State.SAVING.name());

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final ImportMessages messages;

	ImportJobStore(JdbcTemplate jdbc, JsonMapper json, Clock clock, MessageSource messageSource) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.messages = new ImportMessages(messageSource);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Job create(String id, long owner, List<Upload> uploads) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.update("insert into import_jobs (" + COLUMNS + ") values (?, ?, ?, 0, null, null, ?, ?)", id, owner,
				State.QUEUED.name(), now, now);
		for (int i = 0; i < uploads.size(); i++) {
			jdbc.update("insert into import_job_uploads (job_id, position, name, content) values (?, ?, ?, ?)", id, i,
					uploads.get(i).name(), uploads.get(i).bytes());
		}
		return find(id);
	}

	/** The job with its result, or null; a running job whose node stopped beating is failed. */
	Job find(String id) {
		return find(COLUMNS, id);
	}

	/** As {@link #find(String)} without the result. */
	Job summary(String id) {
		return find(SUMMARY, id);
	}

	private Job find(String columns, String id) {
		List<Job> found = jdbc.query("select " + columns + " from import_jobs where id = ?", this::job, id);
		return found.isEmpty() ? null : found.get(0);
	}

	/** The owner's jobs, newest first: those of the last {@code keep}, and older ones still running. */
	List<Job> of(long owner, Duration keep) {
		return listOf(owner).stream()
			.filter(job -> job.getState().isRunning() || !job.getCreated().isBefore(clock.instant().minus(keep)))
			.toList();
	}

	/** The uploads of a job not saved yet, in order. */
	List<Upload> uploads(String id) {
		return jdbc.query("select name, content from import_job_uploads where job_id = ? order by position",
				(rs, n) -> new Upload(rs.getString(1), rs.getBytes(2)), id);
	}

	/** Where a running job is; also its heartbeat. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void progress(String id, State state, int percent) {
		jdbc.update("update import_jobs set state = ?, percent = ?, updated_at = ? where id = ?", state.name(), percent,
				Timestamp.from(clock.instant()), id);
	}

	/** A read or a save ended; once the tables are saved the uploads are no longer needed. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void finish(String id, State state, ImportResponse response) {
		jdbc.update("update import_jobs set state = ?, result_json = ?, updated_at = ? where id = ?", state.name(),
				json.writeValueAsString(response), Timestamp.from(clock.instant()), id);
		if (state == State.SAVED) {
			jdbc.update("delete from import_job_uploads where job_id = ?", id);
		}
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void fail(String id, String code, Object... args) {
		jdbc.update("update import_jobs set state = ?, failure = ?, updated_at = ? where id = ?", State.FAILED.name(),
				messages.text(code, args), Timestamp.from(clock.instant()), id);
	}

	/** Takes a previewed job for saving; false when it is not ready (any more), so that only one node saves it. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	boolean claim(String id, long owner) {
		return jdbc.update("update import_jobs set state = ?, updated_at = ? where id = ? and owner_id = ? and state = ?",
				State.QUEUED.name(), Timestamp.from(clock.instant()), id, owner, State.READY.name()) == 1;
	}

	/** Gives a claimed job back when its save could not start. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void unclaim(String id) {
		jdbc.update("update import_jobs set state = ?, updated_at = ? where id = ?", State.READY.name(),
				Timestamp.from(clock.instant()), id);
	}

	/** Drops a job; its uploads go with it (ON DELETE CASCADE). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void delete(String id) {
		jdbc.update("delete from import_jobs where id = ?", id);
	}

	/**
	 * Drops the jobs older than {@code keep} that no longer run (or whose node stopped), and of this owner's finished
	 * jobs all but the newest {@code perOwner}: their uploads take room until then.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void clean(long owner, Duration keep, int perOwner) {
		Instant now = clock.instant();
		List<String> old = jdbc.queryForList("select id from import_jobs where created_at < ? and (state not in (?, ?, ?)"
				+ " or updated_at < ?)", String.class, Timestamp.from(now.minus(keep)), RUNNING.get(0), RUNNING.get(1),
				RUNNING.get(2), Timestamp.from(now.minus(STALE)));
		List<String> beyond = listOf(owner).stream()
			.filter(job -> !job.getState().isRunning())
			.skip(perOwner)
			.map(Job::getId)
			.toList();
		List<String> doomed = Stream.concat(old.stream(), beyond.stream()).distinct().toList();
		if (!doomed.isEmpty()) {
			// one statement, the uploads going with their jobs (ON DELETE CASCADE)
			jdbc.update("delete from import_jobs where id in (" + String.join(", ", Collections.nCopies(doomed.size(), "?"))
					+ ")", doomed.toArray());
		}
	}

	private List<Job> listOf(long owner) {
		return jdbc.query("select " + SUMMARY + " from import_jobs where owner_id = ? order by created_at desc, id",
				this::job, owner);
	}

	private Job job(ResultSet rs, int row) throws SQLException {
		State state = State.valueOf(rs.getString("state"));
		String failure = rs.getString("failure");
		Instant updated = rs.getTimestamp("updated_at").toInstant();
		if (state.isRunning() && updated.isBefore(clock.instant().minus(STALE))) {
			state = State.FAILED;
			failure = messages.text("imports.job.lost");
		}
		String result = rs.getString("result_json");
		return new Job(rs.getString("id"), rs.getLong("owner_id"), rs.getTimestamp("created_at").toInstant(), state,
				rs.getInt("percent"), result == null ? null : json.readValue(result, ImportResponse.class), failure);
	}
}
