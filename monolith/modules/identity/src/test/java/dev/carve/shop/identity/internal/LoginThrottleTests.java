package dev.carve.shop.identity.internal;

import java.time.Duration;

import dev.carve.shop.identity.IdentityProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LoginThrottleTests {

	private final LoginThrottle throttle = new LoginThrottle(
			new IdentityProperties("urn:test", Duration.ofMinutes(15), Duration.ofDays(1), 2, 3));

	@Test
	void oneAddressIsLimitedWhateverTheEmailAddresses() {
		for (int i = 0; i < 3; i++) {
			this.throttle.attempt("user" + i + "@carve.test", "10.0.0.1");
		}

		IdentityException refused = catchThrowableOfType(IdentityException.class,
				() -> this.throttle.attempt("fresh@carve.test", "10.0.0.1"));

		assertThat(refused.code()).isEqualTo("too-many-attempts");
		assertThat(refused.properties().get("retryAfterSeconds")).isInstanceOf(Long.class);
		assertThatNoException().isThrownBy(() -> this.throttle.attempt("fresh@carve.test", "10.0.0.2"));
	}

	@Test
	void anAttemptRefusedForTheAddressDoesNotCountAgainstTheEmailAddress() {
		for (int i = 0; i < 3; i++) {
			this.throttle.attempt("other" + i + "@carve.test", "10.0.0.3");
		}
		for (int i = 0; i < 3; i++) {
			catchThrowableOfType(IdentityException.class, () -> this.throttle.attempt("kept@carve.test", "10.0.0.3"));
		}

		assertThatNoException().isThrownBy(() -> this.throttle.attempt("kept@carve.test", "10.0.0.4"));
		assertThatNoException().isThrownBy(() -> this.throttle.attempt("kept@carve.test", "10.0.0.4"));
	}

	@Test
	void successfulLoginsDoNotCount() {
		for (int i = 0; i < 5; i++) {
			this.throttle.attempt("ok@carve.test", "10.0.0.5");
			this.throttle.succeeded("ok@carve.test", "10.0.0.5");
		}

		assertThatNoException().isThrownBy(() -> this.throttle.attempt("ok@carve.test", "10.0.0.5"));
	}

}
