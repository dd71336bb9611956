package dev.carve.runtime.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Ticker;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A verified token is remembered, but never past its expiry, its maximum age or a
 * refusal.
 */
class CachingJwtDecoderTests {

	private static final Duration MAX_AGE = Duration.ofMinutes(1);

	private final Time time = new Time(Instant.parse("2026-11-30T12:00:00Z"));

	private final Identity identity = new Identity();

	private final CachingJwtDecoder decoder = new CachingJwtDecoder(this.identity, MAX_AGE, 100, this.time.clock(),
			this.time);

	@Test
	void aTokenIsVerifiedOnceAndThenAnsweredFromMemory() {
		this.identity.accepts(this.time.now().plus(Duration.ofMinutes(15)));

		Jwt first = this.decoder.decode("token-a");
		Jwt second = this.decoder.decode("token-a");

		assertThat(second).isSameAs(first);
		assertThat(this.identity.verified).containsExactly("token-a");
	}

	@Test
	void aRememberedTokenIsNeverAnsweredAtOrAfterItsExpiry() {
		Instant expiry = this.time.now().plusSeconds(30);
		this.identity.accepts(expiry);
		this.decoder.decode("token-a");

		this.time.advance(Duration.ofSeconds(29));
		this.decoder.decode("token-a");
		assertThat(this.identity.verified).as("before its exp: from memory").hasSize(1);

		this.time.advance(Duration.ofSeconds(1));
		this.identity.refuses();
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.decoder.decode("token-a"));
		assertThat(this.identity.verified).as("at its exp: verified again, and refused").hasSize(2);
	}

	@Test
	void aRememberedTokenIsVerifiedAgainAfterTheMaximumAge() {
		this.identity.accepts(this.time.now().plus(Duration.ofMinutes(15)));
		this.decoder.decode("token-a");

		this.time.advance(MAX_AGE);
		this.identity.refuses(); // its signing key was retired, say
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.decoder.decode("token-a"));
		assertThat(this.identity.verified).hasSize(2);
	}

	@Test
	void aRefusedTokenIsNotRememberedAndIsRefusedEachTime() {
		this.identity.refuses();

		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.decoder.decode("forged"));
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.decoder.decode("forged"));
		assertThat(this.identity.verified).containsExactly("forged", "forged");
	}

	@Test
	void aTokenWithoutExpiryOrAlreadyExpiredIsNotRemembered() {
		this.identity.accepts(null);
		this.decoder.decode("no-exp");
		this.decoder.decode("no-exp");

		this.identity.accepts(this.time.now().minusSeconds(10)); // within the delegate's
																	// skew
		this.decoder.decode("expired");
		this.decoder.decode("expired");

		assertThat(this.identity.verified).containsExactly("no-exp", "no-exp", "expired", "expired");
	}

	@Test
	void eachTokenIsRememberedOnItsOwn() {
		this.identity.accepts(this.time.now().plus(Duration.ofMinutes(15)));

		Jwt a = this.decoder.decode("token-a");
		Jwt b = this.decoder.decode("token-b");

		assertThat(this.decoder.decode("token-a")).isSameAs(a);
		assertThat(this.decoder.decode("token-b")).isSameAs(b).isNotSameAs(a);
		assertThat(this.identity.verified).containsExactly("token-a", "token-b");
	}

	@Test
	void aMaximumAgeMustBePositive() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new CachingJwtDecoder(this.identity, Duration.ZERO, 100));
	}

	/** A decoder that accepts or refuses every token, and records what it was asked. */
	private static final class Identity implements JwtDecoder {

		private final List<String> verified = new ArrayList<>();

		private boolean accepting;

		private @Nullable Instant expiry;

		void accepts(@Nullable Instant expiry) {
			this.accepting = true;
			this.expiry = expiry;
		}

		void refuses() {
			this.accepting = false;
		}

		@Override
		public Jwt decode(String token) {
			this.verified.add(token);
			if (!this.accepting) {
				throw new BadJwtException("refused");
			}
			Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject(token);
			if (this.expiry != null) {
				jwt.expiresAt(this.expiry).issuedAt(this.expiry.minus(Duration.ofHours(1)));
			}
			return jwt.build();
		}

	}

	/**
	 * One time source for the clock that {@code exp} is compared with and for the cache.
	 */
	private static final class Time implements Ticker {

		private Instant now;

		Time(Instant now) {
			this.now = now;
		}

		Instant now() {
			return this.now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		Clock clock() {
			return new Clock() {
				@Override
				public ZoneOffset getZone() {
					return ZoneOffset.UTC;
				}

				@Override
				public Clock withZone(java.time.ZoneId zone) {
					throw new UnsupportedOperationException();
				}

				@Override
				public Instant instant() {
					return Time.this.now;
				}
			};
		}

		@Override
		public long read() {
			return this.now.getEpochSecond() * 1_000_000_000L + this.now.getNano();
		}

	}

}
