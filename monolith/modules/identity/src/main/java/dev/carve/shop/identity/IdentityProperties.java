package dev.carve.shop.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity module, under {@code shop.identity}.
 *
 * @param issuer the {@code iss} claim of every access token; tokens with another issuer
 * are refused
 * @param accessTokenLifetime how long an access token is valid
 * @param refreshTokenLifetime how long a refresh token is valid; each refresh starts a
 * new lifetime
 * @param loginAttemptsPerMinute how many failed logins one e-mail address may have per
 * minute before further attempts are refused
 * @param loginAttemptsPerMinutePerAddress how many failed logins one client address may
 * have per minute, whatever the e-mail addresses
 */
@ConfigurationProperties("shop.identity")
public record IdentityProperties(@DefaultValue("urn:carve:identity") String issuer,
		@DefaultValue("15m") Duration accessTokenLifetime, @DefaultValue("30d") Duration refreshTokenLifetime,
		@DefaultValue("5") int loginAttemptsPerMinute, @DefaultValue("30") int loginAttemptsPerMinutePerAddress) {

	public IdentityProperties {
		if (!accessTokenLifetime.isPositive() || !refreshTokenLifetime.isPositive()) {
			throw new IllegalArgumentException("shop.identity token lifetimes must be positive");
		}
		if (loginAttemptsPerMinute < 1 || loginAttemptsPerMinutePerAddress < 1) {
			throw new IllegalArgumentException("shop.identity login attempts per minute must be at least 1");
		}
	}

}
