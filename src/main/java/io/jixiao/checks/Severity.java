package io.jixiao.checks;

/** How much a finding weighs: an {@link #ERROR} blocks submission, a {@link #WARNING} asks for attention. */
public enum Severity {
	ERROR, WARNING
}
