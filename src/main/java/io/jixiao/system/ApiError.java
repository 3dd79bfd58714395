package io.jixiao.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The JSON error body of the API contract: a code and a Chinese message, optional details. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String error, String message, List<?> details) {

	public ApiError(String error, String message) {
		this(error, message, List.of());
	}
}
