package dev.carve.shop.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.carve.runtime.security.ServiceCredentials;
import dev.carve.runtime.security.ServiceTokens;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * The service credentials of a process that runs identity: minted here, with the signing
 * key, for the one module about to be called, and kept until a minute before they expire.
 * Such a process holds the key that every credential is checked against, so it needs no
 * registration of its own.
 */
@Component
class InProcessServiceCredentials implements ServiceCredentials {

	private final ServiceTokenIssuer issuer;

	private final String clientId;

	private final Clock clock;

	private final Map<String, Jwt> tokens = new ConcurrentHashMap<>();

	InProcessServiceCredentials(ServiceTokenIssuer issuer, @Value("${spring.application.name:carve}") String clientId) {
		this.issuer = issuer;
		this.clientId = clientId;
		this.clock = Clock.systemUTC();
	}

	@Override
	public String tokenFor(String module) {
		Instant renewAfter = this.clock.instant().plus(ServiceTokens.RENEW_BEFORE_EXPIRY);
		Jwt token = this.tokens.compute(module,
				(name, current) -> (current != null && current.getExpiresAt() != null
						&& renewAfter.isBefore(current.getExpiresAt())) ? current
								: this.issuer.issue(this.clientId, List.of(name), this.clock.instant()));
		return token.getTokenValue();
	}

}
