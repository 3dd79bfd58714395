package io.jixiao.targets;

/** The publication decision on an approved table. */
public enum Disclosure {
	/** 公开: printed in the budget disclosure. */
	PUBLIC,
	/** 不予公开: withheld with a reason, counted but never named in public. */
	WITHHELD
}
