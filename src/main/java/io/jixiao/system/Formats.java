package io.jixiao.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Display formats used by the templates as {@code @fmt}: money in 万元 with two decimals, local date-times. */
@Component("fmt")
public class Formats {

	private final DateTimeFormatter dateTime;

	Formats(@Value("${app.time-zone:Asia/Shanghai}") String zone) {
		this.dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of(zone));
	}

	/** 1234.5 → "1,234.50"; null → "—". */
	public String money(BigDecimal amount) {
		if (amount == null) {
			return "—";
		}
		return new DecimalFormat("#,##0.00").format(amount.setScale(2, RoundingMode.HALF_UP));
	}

	/** A weight without trailing zeros: 10.00 → "10", 2.50 → "2.5". */
	public String weight(BigDecimal weight) {
		return weight == null ? "—" : weight.stripTrailingZeros().toPlainString();
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : dateTime.format(instant);
	}
}
