package io.jixiao.review;

import io.jixiao.system.AttachedFile;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The optional attachment of an adjustment request, one file per adjustment in the database, accepted as every
 * {@link AttachedFile} is.
 */
@Component
class AdjustmentAttachments {

	private final JdbcClient jdbc;

	AdjustmentAttachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(long tableId, int number, AttachedFile file, long userId, Instant now) {
		jdbc.sql("insert into adjustment_attachments (table_id, adjustment_number, file_name, content_type, size_bytes,"
				+ " content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(tableId, number, file.name(), file.contentType(), file.content().length, file.content(), userId,
					Timestamp.from(now))
			.update();
	}

	/** The numbers of the table's adjustments that have an attachment. */
	List<Integer> numbers(long tableId) {
		return jdbc.sql("select adjustment_number from adjustment_attachments where table_id = ?").param(tableId)
			.query(Integer.class).list();
	}

	Optional<AttachedFile> find(long tableId, int number) {
		return jdbc.sql("select file_name, content_type, content from adjustment_attachments"
				+ " where table_id = ? and adjustment_number = ?").params(tableId, number)
			.query((rs, n) -> new AttachedFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
	}
}
