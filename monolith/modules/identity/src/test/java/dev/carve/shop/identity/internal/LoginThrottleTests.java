package dev.carve.shop.identity.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LoginThrottleTests {

	static final IdentityProperties PROPERTIES = new IdentityProperties("urn:test", Duration.ofMinutes(15),
			Duration.ofDays(1), new IdentityProperties.Login(Duration.ofMinutes(1), 3, 2, 4, Duration.ofDays(30), 100),
			new IdentityProperties.SignUp(Duration.ofMinutes(1), 2, 3, 100),
			new IdentityProperties.SigningKey(Duration.ofDays(30), null, null),
			new IdentityProperties.TokenCleanup(Duration.ofHours(1), Duration.ofDays(1), 1000));

	private final LoginThrottle throttle = new LoginThrottle(PROPERTIES);

	@Test
	void oneAddressIsLimitedWhateverTheAccounts() {
		for (int i = 0; i < 3; i++) {
			this.throttle.attempt("user" + i + "@carve.test", "10.0.0.1");
		}

		IdentityException refused = refused("fresh@carve.test", "10.0.0.1");

		assertThat(refused.code()).isEqualTo("too-many-attempts");
		assertThat(refused.properties().get("retryAfterSeconds")).isInstanceOf(Long.class);
		assertThatNoException().isThrownBy(() -> this.throttle.attempt("fresh@carve.test", "10.0.0.2"));
	}

	@Test
	void anotherAddressFailingForTheAccountDoesNotHoldTheOwnerBack() {
		this.throttle.attempt("owner@carve.test", "10.0.1.1");
		this.throttle.attempt("owner@carve.test", "10.0.1.1");

		assertThat(refused("owner@carve.test", "10.0.1.1").code()).isEqualTo("too-many-attempts");
		assertThatNoException().isThrownBy(() -> this.throttle.attempt("owner@carve.test", "10.0.1.2"));
	}

	@Test
	void failuresSpreadOverManyAddressesStopNewAddressesButNotOneTheOwnerLoggedInFrom() {
		this.throttle.attempt("target@carve.test", "10.0.2.1").succeeded();
		for (int i = 0; i < 4; i++) {
			this.throttle.attempt("target@carve.test", "10.0.3." + i);
		}

		assertThat(refused("target@carve.test", "10.0.3.99").code()).isEqualTo("too-many-attempts");
		assertThatNoException().isThrownBy(() -> this.throttle.attempt("target@carve.test", "10.0.2.1"));
	}

	@Test
	void successfulLoginsDoNotCount() {
		for (int i = 0; i < 5; i++) {
			this.throttle.attempt("ok@carve.test", "10.0.0.5").succeeded();
		}

		assertThatNoException().isThrownBy(() -> this.throttle.attempt("ok@carve.test", "10.0.0.5"));
	}

	@Test
	void oneIpv6SubscriberIsOneClient() {
		for (int i = 0; i < 3; i++) {
			this.throttle.attempt("v6-" + i + "@carve.test", "2001:db8:1:2::" + i);
		}

		assertThat(refused("v6@carve.test", "2001:db8:1:2:ffff::1").code()).isEqualTo("too-many-attempts");
		assertThatNoException().isThrownBy(() -> this.throttle.attempt("v6@carve.test", "2001:db8:1:3::1"));
	}

	@Test
	void keysHaveAFixedSizeAndTheirNumberIsBounded() {
		RateLimits limits = new RateLimits(5, Duration.ofMinutes(1), 100);
		String huge = "x".repeat(100_000);

		for (int i = 0; i < 5_000; i++) {
			limits.take(RateLimits.key(huge + i + "@carve.test"));
		}

		assertThat(RateLimits.key(huge)).hasSize(44).isEqualTo(RateLimits.key(huge));
		assertThat(limits.tracked()).isLessThanOrEqualTo(100);
	}

	private IdentityException refused(String email, String address) {
		return catchThrowableOfType(IdentityException.class, () -> this.throttle.attempt(email, address));
	}

}
