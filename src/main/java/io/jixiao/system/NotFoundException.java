package io.jixiao.system;

/** Something the user asked for does not exist: 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what);
	}
}
