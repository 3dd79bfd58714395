package io.jixiao.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt for every stored password, but a password this node verified against the same stored hash a few minutes ago
 * is recognised without BCrypt again: HTTP Basic sends the password with every API call, and each BCrypt check costs
 * about 63 ms of CPU (docs/benchmarks.md, deadline day). Only successful checks are remembered, as an HMAC of the
 * stored hash and the password under a key that lives in this process only: a wrong password, or a changed one (a new
 * stored hash), always goes through BCrypt, and the account itself (enabled, locked out) is still read on every call.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

	static final Duration KEEP = Duration.ofMinutes(10);
	/** Bounds memory: past this many remembered sign-ins the oldest are not looked for, all are forgotten. */
	private static final int MOST = 10_000;

	private final PasswordEncoder bcrypt;
	private final Clock clock;
	private final SecretKeySpec key;
	private final Map<String, Instant> verified = new ConcurrentHashMap<>();

	RememberingPasswordEncoder(PasswordEncoder bcrypt, Clock clock) {
		this.bcrypt = bcrypt;
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return bcrypt.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return bcrypt.matches(rawPassword, encodedPassword);
		}
		String digest = digest(rawPassword, encodedPassword);
		Instant now = clock.instant();
		Instant until = verified.get(digest);
		if (until != null && now.isBefore(until)) {
			return true;
		}
		if (!bcrypt.matches(rawPassword, encodedPassword)) {
			return false;
		}
		if (verified.size() >= MOST) {
			verified.clear();
		}
		verified.put(digest, now.plus(KEEP));
		return true;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return bcrypt.upgradeEncoding(encodedPassword);
	}

	private String digest(CharSequence rawPassword, String encodedPassword) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
		}
	}
}
