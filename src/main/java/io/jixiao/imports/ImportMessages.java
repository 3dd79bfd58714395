package io.jixiao.imports;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** Turns notes into Chinese text from {@code i18n/imports.properties}; arguments that are message codes too. */
final class ImportMessages {

	private final MessageSource messages;

	ImportMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** The note's text; a workbook note starts with where it is: sheet, row and column. */
	String text(Notes.Note note) {
		String text = text(note.code(), note.args().toArray());
		if (note.sheet() == null) {
			return text;
		}
		String at = note.column() == null ? text("imports.at.row", note.sheet(), String.valueOf(note.line()))
				: text("imports.at.cell", note.sheet(), String.valueOf(note.line()), note.column());
		return at + text;
	}

	String text(String code, Object... args) {
		Object[] resolved = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			// years and line numbers as written (2024, not 2,024): numbers go in as text
			resolved[i] = args[i] instanceof String s && s.startsWith("imports.")
					? messages.getMessage(s, null, s, Locale.SIMPLIFIED_CHINESE)
					: args[i] instanceof java.math.BigDecimal d ? d.toPlainString()
							: args[i] instanceof Number n ? String.valueOf(n) : args[i];
		}
		return messages.getMessage(code, resolved, Locale.SIMPLIFIED_CHINESE);
	}
}
