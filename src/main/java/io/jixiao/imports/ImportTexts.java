package io.jixiao.imports;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reading text converted from PDF, Word or Excel: white space, full-width signs, tags and numbers. */
final class ImportTexts {

	private static final Pattern TAG = Pattern.compile("(?i)</?(?:p|b|br|strong|span|div|i|u|em|font|sup|sub)(?:\\s[^<>]*)?/?>");

	private static final Pattern AMOUNT = Pattern.compile("(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

	private ImportTexts() {
	}

	/** The text without any white space. */
	static String compact(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().filter(c -> !isSpace(c)).forEach(out::appendCodePoint);
		return out.toString();
	}

	/** A comparison key: no white space, half-width brackets, colons and digits, no trailing colon. */
	static String key(String text) {
		String compact = fold(compact(text));
		while (compact.endsWith(":")) {
			compact = compact.substring(0, compact.length() - 1);
		}
		return compact;
	}

	/** Folds full-width letters and signs of PDF and Office text to their half-width form. */
	static String fold(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '０' && c <= '９') {
				c = (char) ('0' + (c - '０'));
			}
			out.append(switch (c) {
				case '（' -> '(';
				case '）' -> ')';
				case '：' -> ':';
				case '＞' -> '>';
				case '＜' -> '<';
				case '＝' -> '=';
				case '％' -> '%';
				case '．' -> '.';
				case '，' -> ',';
				default -> c;
			});
		}
		return out.toString();
	}

	static boolean isSpace(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u001F';
	}

	/** A Chinese character or Chinese punctuation: text across which a line break or a space is an artefact. */
	static boolean isHan(int c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F)
				|| (c >= 0xFF00 && c <= 0xFFEF) || c == '“' || c == '”' || c == '‘' || c == '’';
	}

	/** Removes spaces that split Chinese words ("绩效 指标" is 绩效指标); other spaces stay as written. */
	static String joinHanSpaces(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			int c = text.codePointAt(i);
			if (isSpace(c) && out.length() > 0) {
				int j = i;
				while (j < text.length() && isSpace(text.codePointAt(j))) {
					j += Character.charCount(text.codePointAt(j));
				}
				if (j < text.length() && isHan(out.codePointBefore(out.length())) && isHan(text.codePointAt(j))) {
					i = j;
					continue;
				}
				out.append(' ');
				i = j;
				continue;
			}
			out.appendCodePoint(c);
			i += Character.charCount(c);
		}
		return out.toString().strip();
	}

	/**
	 * Joins two pieces of one cell that the conversion put on two lines: no space between Chinese text or inside a
	 * number, one space otherwise.
	 */
	static String join(String left, String right) {
		if (left == null || left.isEmpty()) {
			return right;
		}
		if (right == null || right.isEmpty()) {
			return left;
		}
		int a = left.codePointBefore(left.length());
		int b = right.codePointAt(0);
		boolean glue = isHan(a) || isHan(b) || (Character.isDigit(a) && (Character.isDigit(b) || b == '.'))
				|| a == '.' || "%％=<>＜＞≥≤(（/".indexOf(a) >= 0 || ")）%％/".indexOf(b) >= 0;
		return glue ? left + right : left + " " + right;
	}

	static String stripTags(String line) {
		return TAG.matcher(line).replaceAll("");
	}

	static boolean hasTags(String line) {
		return TAG.matcher(line).find();
	}

	/** An amount as written ("2,523.70", "３", "46万元"), or {@code null} when the text is not one (nor negative). */
	static BigDecimal amount(String text) {
		if (text == null) {
			return null;
		}
		String compact = fold(compact(text));
		if (compact.endsWith("万元")) {
			compact = compact.substring(0, compact.length() - 2);
		}
		if (!AMOUNT.matcher(compact).matches()) {
			return null;
		}
		return new BigDecimal(compact.replace(",", ""));
	}

	/** A weight: a plain number from 0 to 100 with at most two decimals. */
	static BigDecimal weight(String text) {
		String compact = fold(compact(text));
		if (!compact.matches("\\d{1,3}(\\.\\d{1,2})?")) {
			return null;
		}
		BigDecimal weight = new BigDecimal(compact);
		return weight.compareTo(BigDecimal.valueOf(100)) <= 0 ? weight : null;
	}

	/** A cell's number as written: 20 not 2E+1 or 20.0, 1307.84 not 1307.8399999. */
	static BigDecimal plain(double number) {
		return new BigDecimal(new BigDecimal(String.valueOf(number)).stripTrailingZeros().toPlainString());
	}

	/** The text stripped, or null when there is none: an optional field left empty stays unset. */
	static String optional(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static boolean isBlank(String text) {
		return text == null || compact(text).isEmpty();
	}

	/** Shortens a cell for a message: long text is cut with an ellipsis. */
	static String shorten(String text) {
		String s = text == null ? "" : text.strip();
		return s.length() > 30 ? s.substring(0, 28) + "…" : s;
	}
}
