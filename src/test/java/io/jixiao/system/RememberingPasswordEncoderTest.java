package io.jixiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.MutableClock;
import io.jixiao.NoDatabase;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A verified password is recognised again without BCrypt; anything else still goes through BCrypt. */
@NoDatabase
class RememberingPasswordEncoderTest {

	/** BCrypt (at its lowest cost, for speed) counting how often it is asked. */
	static final class CountingBcrypt implements PasswordEncoder {

		final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
		int checks;

		@Override
		public String encode(CharSequence raw) {
			return bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			checks++;
			return bcrypt.matches(raw, encoded);
		}
	}

	final MutableClock clock = new MutableClock(MutableClock.MONDAY, ZoneId.of("Asia/Shanghai"));
	final CountingBcrypt bcrypt = new CountingBcrypt();
	final RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(bcrypt, clock);

	@Test
	void aVerifiedPasswordIsRecognisedAgainWithoutBcryptUntilItsTimeIsUp() {
		String stored = encoder.encode("demo12345");
		assertThat(encoder.matches("demo12345", stored)).isTrue();
		assertThat(encoder.matches("demo12345", stored)).isTrue();
		assertThat(encoder.matches("demo12345", stored)).isTrue();
		assertThat(bcrypt.checks).isEqualTo(1);

		clock.advance(RememberingPasswordEncoder.KEEP);
		assertThat(encoder.matches("demo12345", stored)).isTrue();
		assertThat(bcrypt.checks).isEqualTo(2);
	}

	@Test
	void aWrongPasswordIsCheckedByBcryptEveryTime() {
		String stored = encoder.encode("demo12345");
		assertThat(encoder.matches("demo12345", stored)).isTrue();
		assertThat(encoder.matches("demo1234", stored)).isFalse();
		assertThat(encoder.matches("demo1234", stored)).isFalse();
		assertThat(encoder.matches("demo12345 ", stored)).isFalse();
		assertThat(bcrypt.checks).isEqualTo(4);
	}

	@Test
	void aChangedPasswordMakesTheOldOneFailAtOnce() {
		String stored = encoder.encode("demo12345");
		assertThat(encoder.matches("demo12345", stored)).isTrue();
		String changed = encoder.encode("new-secret-42");
		assertThat(encoder.matches("demo12345", changed)).isFalse();
		assertThat(encoder.matches("new-secret-42", changed)).isTrue();
		clock.advance(Duration.ofSeconds(1));
		assertThat(encoder.matches("new-secret-42", changed)).isTrue();
		assertThat(bcrypt.checks).isEqualTo(3);
	}
}
