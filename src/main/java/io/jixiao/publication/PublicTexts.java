package io.jixiao.publication;

import io.jixiao.system.Formats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The bundle texts of the public output in Chinese, and money in 万元 written the way the disclosures write it. */
@Component
class PublicTexts {

	private final MessageSource messages;
	private final Formats formats;

	PublicTexts(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	/** The text of a key; arguments are passed as strings so that no number gets a grouping separator by accident. */
	String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

	/** 2523.7 → "2,523.70", as in the summary list. */
	String grouped(BigDecimal amount) {
		return formats.money(amount == null ? BigDecimal.ZERO : amount);
	}

	/** 2523.7 → "2523.70", as in the tables and the statement; empty for no amount. */
	static String plain(BigDecimal amount) {
		return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}
}
