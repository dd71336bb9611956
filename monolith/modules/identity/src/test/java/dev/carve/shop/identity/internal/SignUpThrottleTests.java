package dev.carve.shop.identity.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SignUpThrottleTests {

	private final SignUpThrottle throttle = new SignUpThrottle(LoginThrottleTests.PROPERTIES);

	@Test
	void oneAddressMayMakeAFewSignUpsPerWindow() {
		this.throttle.attempt("10.1.0.1");
		this.throttle.attempt("10.1.0.1");

		IdentityException refused = catchThrowableOfType(IdentityException.class,
				() -> this.throttle.attempt("10.1.0.1"));

		assertThat(refused.code()).isEqualTo("too-many-sign-ups");
		assertThat((Long) refused.properties().get("retryAfterSeconds")).isBetween(1L, 60L);
		assertThatNoException().isThrownBy(() -> this.throttle.attempt("10.1.0.2"));
	}

	@Test
	void everyoneTogetherIsLimitedToo() {
		for (int i = 0; i < 3; i++) {
			this.throttle.attempt("10.2.0." + i);
		}

		IdentityException refused = catchThrowableOfType(IdentityException.class,
				() -> this.throttle.attempt("10.2.1.1"));

		assertThat(refused.code()).isEqualTo("too-many-sign-ups");
	}

}
