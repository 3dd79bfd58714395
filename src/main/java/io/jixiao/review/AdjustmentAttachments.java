package io.jixiao.review;

import io.jixiao.system.InvalidInputException;
import io.jixiao.system.PlainText;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The optional attachment of an adjustment request, one file per adjustment in the database: PDF, Word, Excel or an
 * image, at most {@link #MAX_BYTES}; its type is taken from its name's extension, never from what the browser says.
 */
@Component
class AdjustmentAttachments {

	/** As an import's file (spring.servlet.multipart.max-file-size). */
	static final long MAX_BYTES = 5L * 1024 * 1024;
	private static final int NAME_LENGTH = 200;
	private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "doc", "application/msword",
			"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xls",
			"application/vnd.ms-excel", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");

	private final JdbcClient jdbc;

	AdjustmentAttachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A file as uploaded: its name and bytes. */
	record Upload(String name, byte[] content) {
	}

	/** A stored attachment. */
	record Stored(String name, String contentType, byte[] content) {
	}

	/** Refuses a file that is empty, too large, or of a type not accepted (422), before anything is written. */
	static void check(Upload upload) {
		if (upload.content().length == 0 || upload.content().length > MAX_BYTES) {
			throw new InvalidInputException("adjustment.attachment.size", MAX_BYTES / 1024 / 1024);
		}
		type(upload.name());
	}

	void save(long tableId, int number, Upload upload, long userId, Instant now) {
		String name = upload.name().strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		jdbc.sql("insert into adjustment_attachments (table_id, adjustment_number, file_name, content_type, size_bytes,"
				+ " content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(tableId, number, PlainText.cut(name, NAME_LENGTH), type(name), upload.content().length,
					upload.content(), userId, Timestamp.from(now))
			.update();
	}

	/** The numbers of the table's adjustments that have an attachment. */
	List<Integer> numbers(long tableId) {
		return jdbc.sql("select adjustment_number from adjustment_attachments where table_id = ?").param(tableId)
			.query(Integer.class).list();
	}

	Optional<Stored> find(long tableId, int number) {
		return jdbc.sql("select file_name, content_type, content from adjustment_attachments"
				+ " where table_id = ? and adjustment_number = ?").params(tableId, number)
			.query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
	}

	private static String type(String name) {
		int dot = name == null ? -1 : name.lastIndexOf('.');
		String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
		if (type == null) {
			throw new InvalidInputException("adjustment.attachment.type");
		}
		return type;
	}
}
