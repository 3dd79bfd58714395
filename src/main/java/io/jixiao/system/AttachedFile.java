package io.jixiao.system;

import java.util.Locale;
import java.util.Map;

/**
 * A file a user attaches (an adjustment's notice, a self-evaluation's evidence), as every attachment is accepted: PDF,
 * Word, Excel or an image, not empty, at most {@link #MAX_BYTES}; its type taken from its name's extension, never from
 * what the browser says; its name without the browser's folders and within its column.
 */
public record AttachedFile(String name, String contentType, byte[] content) {

	/** As an import's file (spring.servlet.multipart.max-file-size). */
	public static final long MAX_BYTES = 5L * 1024 * 1024;

	private static final int NAME_LENGTH = 200;

	private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "doc", "application/msword",
			"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xls",
			"application/vnd.ms-excel", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");

	/** The file as uploaded, or 422 (「附件…」) when it is empty, too large or of a type not accepted. */
	public static AttachedFile of(String uploadedName, byte[] content) {
		if (content == null || content.length == 0 || content.length > MAX_BYTES) {
			throw new InvalidInputException("attachment.size", MAX_BYTES / 1024 / 1024);
		}
		String name = uploadedName == null ? "" : uploadedName.strip();
		name = PlainText.cut(PlainText.clean(name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)),
				NAME_LENGTH);
		int dot = name.lastIndexOf('.');
		String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
		if (type == null) {
			throw new InvalidInputException("attachment.type");
		}
		return new AttachedFile(name, type, content);
	}
}
