package io.jixiao.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indicator value (指标值) as understood from its text: an operator, a number and a unit ({@code ≥95%},
 * {@code <=1.50 万元}, {@code ＞=3次}), a date or period ({@code 2024年1-12月}), qualitative text ({@code 有效提升})
 * or nothing. Parsing never fails: text that cannot be understood is {@link Kind#QUALITATIVE}.
 */
public final class IndicatorValue {

	/** What a value says. */
	public enum Kind {
		QUANTITATIVE, QUALITATIVE, DATE, EMPTY
	}

	/** The comparison of a target, {@link #NONE} when the value has none ({@code 100%}, {@code 46}). */
	public enum Operator {
		GE("≥"), LE("≤"), EQ("="), GT(">"), LT("<"), NONE("");

		private final String symbol;

		Operator(String symbol) {
			this.symbol = symbol;
		}

		/** The canonical sign: ≥ ≤ = > <, or "" for {@link #NONE}. */
		public String symbol() {
			return this.symbol;
		}
	}

	private static final IndicatorValue BLANK = new IndicatorValue("", Kind.EMPTY, Operator.NONE, null, "", "", false);

	// Longest first: "<=" must win over "<".
	private static final List<Map.Entry<String, Operator>> SIGNS = List.of(Map.entry(">=", Operator.GE),
			Map.entry("=>", Operator.GE), Map.entry("<=", Operator.LE), Map.entry("=<", Operator.LE),
			Map.entry("≥", Operator.GE), Map.entry("≤", Operator.LE), Map.entry(">", Operator.GT),
			Map.entry("<", Operator.LT), Map.entry("=", Operator.EQ));

	// Written operators count only before a number: "高于往年" stays qualitative.
	private static final List<Map.Entry<String, Operator>> WORDS = List.of(Map.entry("大于等于", Operator.GE),
			Map.entry("小于等于", Operator.LE), Map.entry("不低于", Operator.GE), Map.entry("不少于", Operator.GE),
			Map.entry("不小于", Operator.GE), Map.entry("不高于", Operator.LE), Map.entry("不超过", Operator.LE),
			Map.entry("不多于", Operator.LE), Map.entry("不大于", Operator.LE), Map.entry("大于", Operator.GT),
			Map.entry("高于", Operator.GT), Map.entry("多于", Operator.GT), Map.entry("超过", Operator.GT),
			Map.entry("小于", Operator.LT), Map.entry("低于", Operator.LT), Map.entry("少于", Operator.LT),
			Map.entry("等于", Operator.EQ));

	private static final List<Map.Entry<String, Operator>> SUFFIXES = List.of(Map.entry("及以上", Operator.GE),
			Map.entry("以上", Operator.GE), Map.entry("及以下", Operator.LE), Map.entry("以下", Operator.LE),
			Map.entry("以内", Operator.LE));

	private static final Pattern PLACEHOLDER = Pattern.compile("-+|\\*+|_+|/+");

	private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(.*)");

	// A unit is trailing text; digits or sentence punctuation mean the value is prose, not a unit.
	private static final Pattern NOT_A_UNIT = Pattern.compile(".*[\\d,，。;；、:：!！?？~-].*");

	private static final String PERIOD = "(?:底|末|上旬|中旬|下旬|上半年|下半年)?";

	private static final String BY = "(?:前|之前|以前|内|完成|止)?";

	private static final Pattern[] DATES = {
			// 1-12月, 2024年1-12月, 1月-12月底
			Pattern.compile("(?:\\d{4}年)?\\d{1,2}月?[-~至到]\\d{1,2}月份?" + PERIOD + BY),
			// 2024年, 2024年12月, 2024年12月31日前, 2024年底前
			Pattern.compile("\\d{4}年(?:度)?(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:年底|年末)?" + PERIOD + BY),
			// 2024年1月-2024年12月, 2024年3月1日至12月31日
			Pattern.compile("\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?[-~至到](?:\\d{4}年)?\\d{1,2}月(?:\\d{1,2}日)?"
					+ PERIOD + BY),
			// 12月31日前, 6月底前
			Pattern.compile("\\d{1,2}月\\d{1,2}日" + BY),
			Pattern.compile("\\d{1,2}月(?:底|末|上旬|中旬|下旬)" + BY),
			// 2024-12-31, 2024/12 (not 2024.12: that is a number)
			Pattern.compile("(?:19|20)\\d{2}[-/]\\d{1,2}(?:[-/]\\d{1,2})?" + BY) };

	private static final Pattern NAME_UNIT = Pattern.compile("[（(]\\s*([^（）()]{1,12}?)\\s*[）)]\\s*$");

	private final String text;

	private final Kind kind;

	private final Operator operator;

	private final BigDecimal number;

	private final String unit;

	/** The folded text after the operator: what a date or qualitative value normalizes to. */
	private final String rest;

	private final boolean placeholder;

	private IndicatorValue(String text, Kind kind, Operator operator, BigDecimal number, String unit, String rest,
			boolean placeholder) {
		this.text = text;
		this.kind = kind;
		this.operator = operator;
		this.number = number;
		this.unit = unit;
		this.rest = rest;
		this.placeholder = placeholder;
	}

	/**
	 * Understands an indicator value as written. Blank text and placeholders ({@code *}, {@code _}, {@code -},
	 * {@code —}, {@code /} alone) are {@link Kind#EMPTY}; text that is neither a number with unit nor a date is
	 * {@link Kind#QUALITATIVE}, keeping a written comparison sign ({@code ≥有效提升}) so that it can be reported.
	 */
	public static IndicatorValue parse(String text) {
		String trimmed = (text == null) ? "" : text.strip();
		if (trimmed.isEmpty()) {
			return BLANK;
		}
		String compact = fold(trimmed);
		if (PLACEHOLDER.matcher(compact).matches()) {
			return new IndicatorValue(trimmed, Kind.EMPTY, Operator.NONE, null, "", compact, true);
		}
		Operator sign = Operator.NONE;
		String rest = compact;
		for (Map.Entry<String, Operator> candidate : SIGNS) {
			if (compact.startsWith(candidate.getKey())) {
				sign = candidate.getValue();
				rest = compact.substring(candidate.getKey().length());
				break;
			}
		}
		for (Pattern date : DATES) {
			if (date.matcher(rest).matches()) {
				return new IndicatorValue(trimmed, Kind.DATE, sign, null, "", rest, false);
			}
		}
		IndicatorValue quantity = (sign != Operator.NONE) ? quantity(trimmed, sign, rest)
				: quantityWithWords(trimmed, rest);
		if (quantity != null) {
			return quantity;
		}
		return new IndicatorValue(trimmed, Kind.QUALITATIVE, sign, null, "", rest, false);
	}

	/**
	 * The unit written in trailing parentheses of an indicator name: {@code 资金使用合规率（%）} gives {@code %},
	 * {@code 慰问困难残疾人标准(元/人)} gives {@code 元/人}; "" when there is none.
	 */
	public static String unitInName(String name) {
		if (name == null) {
			return "";
		}
		Matcher matcher = NAME_UNIT.matcher(name);
		if (!matcher.find()) {
			return "";
		}
		String unit = fold(matcher.group(1));
		return NOT_A_UNIT.matcher(unit).matches() ? "" : unit;
	}

	private static IndicatorValue quantityWithWords(String text, String compact) {
		for (Map.Entry<String, Operator> word : WORDS) {
			if (compact.startsWith(word.getKey())) {
				return quantity(text, word.getValue(), compact.substring(word.getKey().length()));
			}
		}
		return quantity(text, Operator.NONE, compact);
	}

	private static IndicatorValue quantity(String text, Operator sign, String rest) {
		Matcher matcher = NUMBER.matcher(rest);
		if (!matcher.matches()) {
			return null;
		}
		String digits = matcher.group(1).replace(",", "") + Objects.toString(matcher.group(2), "");
		String unit = matcher.group(3);
		Operator operator = sign;
		if (operator == Operator.NONE) {
			for (Map.Entry<String, Operator> suffix : SUFFIXES) {
				if (unit.endsWith(suffix.getKey())) {
					operator = suffix.getValue();
					unit = unit.substring(0, unit.length() - suffix.getKey().length());
					break;
				}
			}
		}
		if (NOT_A_UNIT.matcher(unit).matches()) {
			return null;
		}
		return new IndicatorValue(text, Kind.QUANTITATIVE, operator, new BigDecimal(digits), unit, rest, false);
	}

	/** Removes all white space and folds the full-width and variant signs of PDF and Office text to one form. */
	private static String fold(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				continue;
			}
			if (c >= '０' && c <= '９') {
				c = (char) ('0' + (c - '０'));
			}
			out.append(switch (c) {
				case '＞' -> '>';
				case '＜' -> '<';
				case '＝' -> '=';
				case '≧' -> '≥';
				case '≦' -> '≤';
				case '％' -> '%';
				case '．' -> '.';
				case '／' -> '/';
				case '＊' -> '*';
				case '＿' -> '_';
				case '－', '—', '–', '―', '−' -> '-';
				case '～' -> '~';
				default -> c;
			});
		}
		return out.toString();
	}

	public Kind kind() {
		return this.kind;
	}

	/** The comparison; {@link Operator#NONE} when none is written. */
	public Operator operator() {
		return this.operator;
	}

	/** The number of a {@link Kind#QUANTITATIVE} value, without thousand separators; {@code null} otherwise. */
	public BigDecimal number() {
		return this.number;
	}

	/** The unit after the number ({@code 万元}, {@code 元/月/人}, {@code %}); "" when none is written. */
	public String unit() {
		return this.unit;
	}

	/** The value as written, trimmed. */
	public String text() {
		return this.text;
	}

	/** Whether the value is only a placeholder such as {@code -} or {@code *}, which says nothing. */
	public boolean isPlaceholder() {
		return this.placeholder;
	}

	public boolean isPercent() {
		return this.kind == Kind.QUANTITATIVE && "%".equals(this.unit);
	}

	/** One spelling for one meaning: {@code >=95 %} and {@code ＞=95%} both give {@code ≥95%}. */
	public String normalized() {
		return switch (this.kind) {
			case EMPTY -> this.text;
			case QUANTITATIVE -> this.operator.symbol() + this.number.toPlainString() + this.unit;
			case DATE, QUALITATIVE -> this.operator.symbol() + this.rest;
		};
	}

	// Every part is derived from the text, so the text alone decides equality.
	@Override
	public boolean equals(Object other) {
		return (other instanceof IndicatorValue that) && this.text.equals(that.text);
	}

	@Override
	public int hashCode() {
		return this.text.hashCode();
	}

	@Override
	public String toString() {
		return this.text;
	}
}
