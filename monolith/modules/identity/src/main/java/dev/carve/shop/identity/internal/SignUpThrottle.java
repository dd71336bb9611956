package dev.carve.shop.identity.internal;

import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * Limits sign-ups, each of which costs a password hash: per client address and for all
 * clients together, each a number per {@code shop.identity.sign-up.window}. Every sign-up
 * that reaches the check counts, whether it then succeeds or not. Counters live in this
 * process's memory (each instance limits on its own), bounded like
 * {@link LoginThrottle}'s.
 */
@Component
class SignUpThrottle {

	private static final String EVERYONE = "everyone";

	private final RateLimits byAddress;

	private final RateLimits total;

	SignUpThrottle(IdentityProperties properties) {
		IdentityProperties.SignUp signUp = properties.signUp();
		this.byAddress = new RateLimits(signUp.perAddress(), signUp.window(), signUp.maxTrackedKeys());
		this.total = new RateLimits(signUp.total(), signUp.window(), 1);
	}

	/**
	 * Takes a sign-up for the client address.
	 * @param address the client's IP address
	 * @throws IdentityException {@code too-many-sign-ups} when the address or everyone
	 * together has no sign-up left; nothing is taken then
	 */
	void attempt(String address) {
		String client = RateLimits.key(RateLimits.client(address));
		Duration wait = this.byAddress.take(client);
		if (wait.isPositive()) {
			throw IdentityException.tooManySignUps(wait);
		}
		wait = this.total.take(EVERYONE);
		if (wait.isPositive()) {
			this.byAddress.giveBack(client);
			throw IdentityException.tooManySignUps(wait);
		}
	}

}
