package dev.carve.shop.identity.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.carve.shop.identity.IdentityProperties;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * Limits failed logins per e-mail address and per client address, each a token bucket
 * that refills over a minute. Every attempt takes a token from both buckets before the
 * password is checked; a successful login gives them back, so only failures count. The
 * buckets live in this process's memory: each instance limits on its own.
 */
@Component
class LoginThrottle {

	private final Limiter byEmail;

	private final Limiter byAddress;

	LoginThrottle(IdentityProperties properties) {
		this.byEmail = new Limiter(properties.loginAttemptsPerMinute());
		this.byAddress = new Limiter(properties.loginAttemptsPerMinutePerAddress());
	}

	/**
	 * Takes one attempt for the e-mail address and the client address.
	 * @param email the e-mail address, in stored form
	 * @param address the client's IP address
	 * @throws IdentityException {@code too-many-attempts} when either has no attempt left
	 */
	void attempt(String email, String address) {
		this.byEmail.take(email);
		try {
			this.byAddress.take(address);
		}
		catch (IdentityException ex) {
			this.byEmail.giveBack(email);
			throw ex;
		}
	}

	/** Gives back the attempt of a login that succeeded. */
	void succeeded(String email, String address) {
		this.byEmail.giveBack(email);
		this.byAddress.giveBack(address);
	}

	private static final class Limiter {

		private static final int SWEEP_ABOVE = 10_000;

		private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

		private final int perMinute;

		Limiter(int perMinute) {
			this.perMinute = perMinute;
		}

		void take(String key) {
			if (this.buckets.size() > SWEEP_ABOVE) {
				this.buckets.values().removeIf((bucket) -> bucket.getAvailableTokens() >= this.perMinute);
			}
			ConsumptionProbe probe = this.buckets.computeIfAbsent(key, (unused) -> newBucket())
				.tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				throw IdentityException.tooManyAttempts(Duration.ofNanos(probe.getNanosToWaitForRefill()));
			}
		}

		void giveBack(String key) {
			Bucket bucket = this.buckets.get(key);
			if (bucket != null) {
				bucket.addTokens(1);
			}
		}

		private Bucket newBucket() {
			return Bucket.builder()
				.addLimit(Bandwidth.builder()
					.capacity(this.perMinute)
					.refillGreedy(this.perMinute, Duration.ofMinutes(1))
					.build())
				.build();
		}

	}

}
