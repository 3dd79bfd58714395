package io.jixiao.system;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Text as the product accepts, stores and exports it: no control characters other than tab and line breaks, no
 * unpaired surrogates (they break PDF and xlsx output), within its column, and no spreadsheet formula at the start
 * of an exported cell.
 */
public final class PlainText {

	private static final String ELLIPSIS = "…";

	private PlainText() {
	}

	/** Whether the text holds only characters every output can carry (null and empty are clean). */
	public static boolean isClean(String text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (refused(c)) {
				return false;
			}
		}
		return true;
	}

	/** The text without the characters {@link #isClean} refuses; what is already stored is shown this way. */
	public static String clean(String text) {
		if (isClean(text)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				out.append(c).append(text.charAt(++i));
			}
			else if (!refused(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean refused(char c) {
		boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
		return control || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
	}

	/**
	 * Refuses text that is not clean or longer than its column: 422 naming the field (a message code of the
	 * field's label) and the limit.
	 */
	public static String require(String fieldLabelCode, String text, int max) {
		if (!isClean(text)) {
			throw new InvalidInputException("input.controlCharacters", label(fieldLabelCode));
		}
		if (text != null && text.length() > max) {
			throw new InvalidInputException("input.tooLong", label(fieldLabelCode), max);
		}
		return text;
	}

	private static DefaultMessageSourceResolvable label(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

	/** The text cut to a column of {@code max} characters, ending in an ellipsis when cut (never a lone surrogate). */
	public static String cut(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int end = max - ELLIPSIS.length();
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + ELLIPSIS;
	}

	/**
	 * A cell of a CSV or xlsx export: clean, and text a spreadsheet would read as a formula (= + - @, or a leading
	 * tab or carriage return) starts with an apostrophe, so it is shown, never run.
	 */
	public static String cell(String text) {
		String clean = clean(text);
		if (clean == null || clean.isEmpty()) {
			return clean;
		}
		return looksLikeFormula(clean) ? "'" + clean : clean;
	}

	/** Whether a spreadsheet would read the text as a formula; an xlsx cell of it gets the quote-prefix style. */
	public static boolean looksLikeFormula(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}
}
