package dev.carve.runtime.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A {@link JwtDecoder} that remembers the tokens its delegate has verified, so a token
 * presented again (an end user's on each request, a module's service credential on each
 * gateway call) is not parsed and its signature not checked again.
 * <p>
 * Rules, so that caching never accepts what the delegate would refuse for a reason that
 * can change:
 * <ul>
 * <li>only tokens the delegate accepted are kept, and only when they carry an
 * {@code exp}; a token the delegate refuses is refused again each time by the delegate;
 * </li>
 * <li>a kept token is answered from the cache only while the clock is before its
 * {@code exp} — never later, whatever clock skew the delegate tolerates — after which the
 * delegate decides again;</li>
 * <li>a kept token is forgotten after {@code maxAge} at the latest, so a token whose
 * signing key was retired from identity's key set is refused within {@code maxAge};</li>
 * <li>at most {@code maximumSize} tokens are kept (the least used go first).</li>
 * </ul>
 * Thread-safe.
 */
public final class CachingJwtDecoder implements JwtDecoder {

	private final JwtDecoder delegate;

	private final Clock clock;

	private final Cache<String, Jwt> verified;

	/**
	 * Creates a cache in front of a decoder.
	 * @param delegate the decoder that verifies tokens
	 * @param maxAge how long a verified token is kept at most; positive
	 * @param maximumSize how many verified tokens are kept at most
	 */
	public CachingJwtDecoder(JwtDecoder delegate, Duration maxAge, long maximumSize) {
		this(delegate, maxAge, maximumSize, Clock.systemUTC(), Ticker.systemTicker());
	}

	/**
	 * Creates a cache in front of a decoder, with the time sources given.
	 * @param delegate the decoder that verifies tokens
	 * @param maxAge how long a verified token is kept at most; positive
	 * @param maximumSize how many verified tokens are kept at most
	 * @param clock the clock a token's {@code exp} is compared with
	 * @param ticker the time source of {@code maxAge}
	 */
	CachingJwtDecoder(JwtDecoder delegate, Duration maxAge, long maximumSize, Clock clock, Ticker ticker) {
		if (maxAge.isNegative() || maxAge.isZero()) {
			throw new IllegalArgumentException("maxAge must be positive, not " + maxAge);
		}
		this.delegate = delegate;
		this.clock = clock;
		this.verified = Caffeine.newBuilder()
			.maximumSize(maximumSize)
			.ticker(ticker)
			.expireAfter(new UntilExpiry(maxAge, clock))
			.build();
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt known = this.verified.getIfPresent(token);
		if (known != null && isUnexpired(known)) {
			return known;
		}
		Jwt jwt = this.delegate.decode(token);
		if (isUnexpired(jwt)) {
			this.verified.put(token, jwt);
		}
		else if (known != null) {
			this.verified.invalidate(token);
		}
		return jwt;
	}

	/** The delegate, for whoever needs the decoder it wraps. */
	public JwtDecoder delegate() {
		return this.delegate;
	}

	private boolean isUnexpired(Jwt jwt) {
		Instant expiresAt = jwt.getExpiresAt();
		return expiresAt != null && this.clock.instant().isBefore(expiresAt);
	}

	/**
	 * Keeps an entry until its token's {@code exp} or {@code maxAge}, whichever is first.
	 */
	private record UntilExpiry(Duration maxAge, Clock clock) implements Expiry<String, Jwt> {

		@Override
		public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
			Instant expiresAt = jwt.getExpiresAt();
			Duration left = (expiresAt != null) ? Duration.between(this.clock.instant(), expiresAt) : Duration.ZERO;
			return Math.max(0, Math.min(left.toNanos(), this.maxAge.toNanos()));
		}

		@Override
		public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
			return expireAfterCreate(token, jwt, currentTime);
		}

		@Override
		public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
			return currentDuration;
		}

	}

}
