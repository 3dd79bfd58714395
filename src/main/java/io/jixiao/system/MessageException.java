package io.jixiao.system;

/** An exception whose user-facing text comes from the message bundles. */
public abstract class MessageException extends RuntimeException {

	private final String messageCode;
	private final transient Object[] args;

	protected MessageException(String messageCode, Object... args) {
		super(messageCode);
		this.messageCode = messageCode;
		this.args = args;
	}

	public String getMessageCode() {
		return messageCode;
	}

	public Object[] getArgs() {
		return args;
	}
}
