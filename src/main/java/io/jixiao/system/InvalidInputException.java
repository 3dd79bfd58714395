package io.jixiao.system;

import java.util.List;

/** Input that cannot be accepted: 422, with Chinese messages per problem. */
public class InvalidInputException extends MessageException {

	private final List<?> details;

	public InvalidInputException(List<?> details, String messageCode, Object... args) {
		super(messageCode, args);
		this.details = List.copyOf(details);
	}

	public InvalidInputException(String messageCode, Object... args) {
		this(List.of(), messageCode, args);
	}

	public List<?> getDetails() {
		return details;
	}
}
