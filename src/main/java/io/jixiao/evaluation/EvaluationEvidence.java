package io.jixiao.evaluation;

import io.jixiao.evaluation.EvaluationStep.Step;
import io.jixiao.organizations.Account;
import io.jixiao.system.AttachedFile;
import io.jixiao.system.ConflictException;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files per indicator row of a self-evaluation (佐证材料): the unit's lead adds and removes them while the
 * evaluation is in the unit's hands, whoever may see the evaluation reads them; each change audited. They change
 * nothing of the evaluation itself, so a form open in another tab keeps its version.
 */
@Service
@Transactional
class EvaluationEvidence {

	/** Files per indicator row: enough for a contract, an acceptance report and photos. */
	static final int PER_ROW = 5;

	private final EvaluationAccess access;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	EvaluationEvidence(EvaluationAccess access, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** A stored file without its content. */
	record Listed(long id, int row, String name, long size) {

		/** The size as the page shows it, in KB to a tenth, rounded up: a file of a few bytes is not 「0.0 KB」. */
		public BigDecimal kilobytes() {
			return BigDecimal.valueOf(size).divide(BigDecimal.valueOf(1024), 1, RoundingMode.UP);
		}
	}

	private static final String LISTED = "select id, row_index, file_name, size_bytes from evaluation_evidence";

	private static final RowMapper<Listed> AS_LISTED = (rs, n) -> new Listed(rs.getLong(1), rs.getInt(2),
			rs.getString(3), rs.getLong(4));

	/**
	 * The files of an evaluation the user has been shown (its view is proof of access, so it is not read again), by
	 * row index in the order they were added.
	 */
	@Transactional(readOnly = true)
	Map<Integer, List<Listed>> list(EvaluationView shown) {
		Map<Integer, List<Listed>> byRow = new LinkedHashMap<>();
		jdbc.sql(LISTED + " where evaluation_id = ? order by row_index, id")
			.param(shown.id())
			.query(AS_LISTED)
			.list()
			.forEach(f -> byRow.computeIfAbsent(f.row(), r -> new ArrayList<>()).add(f));
		return byRow;
	}

	@Transactional(readOnly = true)
	AttachedFile file(Account account, long evaluationId, long fileId) {
		access.evaluation(account, evaluationId);
		return jdbc.sql("select file_name, content_type, content from evaluation_evidence where id = ?"
				+ " and evaluation_id = ?")
			.params(fileId, evaluationId)
			.query((rs, n) -> new AttachedFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional()
			.orElseThrow(() -> new NotFoundException("evidence " + fileId));
	}

	void add(Account account, long evaluationId, int row, AttachedFile file) {
		Evaluation evaluation = editable(account, evaluationId);
		if (row < 0 || row >= evaluation.getRows().size()) {
			throw new InvalidInputException("evaluation.evidence.row");
		}
		int stored = jdbc.sql("select count(*) from evaluation_evidence where evaluation_id = ? and row_index = ?")
			.params(evaluationId, row).query(Integer.class).single();
		if (stored >= PER_ROW) {
			throw new InvalidInputException("evaluation.evidence.full", PER_ROW);
		}
		jdbc.sql("insert into evaluation_evidence (evaluation_id, row_index, file_name, content_type, size_bytes,"
				+ " content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(evaluationId, row, file.name(), file.contentType(), file.content().length, file.content(),
					account.id(), Timestamp.from(clock.instant()))
			.update();
		record(evaluation, Step.EVIDENCE_ADD, row, file.name(), account);
	}

	void remove(Account account, long evaluationId, long fileId) {
		Evaluation evaluation = editable(account, evaluationId);
		Listed gone = jdbc.sql(LISTED + " where id = ? and evaluation_id = ?")
			.params(fileId, evaluationId)
			.query(AS_LISTED)
			.optional()
			.orElseThrow(() -> new NotFoundException("evidence " + fileId));
		jdbc.sql("delete from evaluation_evidence where id = ?").param(fileId).update();
		record(evaluation, Step.EVIDENCE_DELETE, gone.row(), gone.name(), account);
	}

	private Evaluation editable(Account account, long evaluationId) {
		Evaluation evaluation = access.evaluation(account, evaluationId);
		EvaluationAccess.requireUnitLead(account, evaluation);
		if (!evaluation.getStatus().isEditable()) {
			throw new ConflictException("evaluation.notEditable");
		}
		return evaluation;
	}

	/** The audit names the row by its indicator and the file by its name. */
	private void record(Evaluation evaluation, Step step, int row, String name, Account account) {
		String text = evaluation.getRows().get(row).getName() + "：" + name;
		events.publishEvent(new EvaluationStep(evaluation.getId(), evaluation.getTableId(), evaluation.getRoundId(),
				step, evaluation.getStatus(), text, null, account.actor()));
	}
}
