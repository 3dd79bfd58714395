package io.jixiao.monitoring;

import io.jixiao.system.InvalidInputException;
import java.util.Arrays;

/** The monitoring periods in use (财预〔2019〕136号: usually 1–7月, reported in August). */
enum Period {
	APRIL("1-4", 4), JUNE("1-6", 6), JULY("1-7", 7), OCTOBER("1-10", 10);

	private final String code;
	private final int months;

	Period(String code, int months) {
		this.code = code;
		this.months = months;
	}

	String code() {
		return code;
	}

	int months() {
		return months;
	}

	static Period of(String code) {
		return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst()
			.orElseThrow(() -> new InvalidInputException("monitoring.periodInvalid"));
	}
}
