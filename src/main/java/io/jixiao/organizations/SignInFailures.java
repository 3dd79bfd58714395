package io.jixiao.organizations;

import java.time.Instant;

/** How often sign-in failed for a user name lately: kept by whoever records the failures (the audit trail). */
public interface SignInFailures {

	long since(String username, Instant since);
}
