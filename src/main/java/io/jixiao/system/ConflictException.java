package io.jixiao.system;

/** The request collides with the current state (stale version, wrong status, task taken): 409. */
public class ConflictException extends MessageException {

	public ConflictException(String messageCode, Object... args) {
		super(messageCode, args);
	}
}
