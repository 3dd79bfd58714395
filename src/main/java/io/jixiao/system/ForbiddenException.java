package io.jixiao.system;

/** The user may not see or do this (other organization, wrong role): 403. */
public class ForbiddenException extends MessageException {

	public ForbiddenException(String messageCode, Object... args) {
		super(messageCode, args);
	}
}
