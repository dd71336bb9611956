package dev.carve.shop.identity.internal;

import java.time.Instant;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import dev.carve.shop.identity.IdentityProperties;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs access tokens: RS256 JWTs with the signing key's id in the header and the claims
 * {@code iss}, {@code sub} (customer id), {@code email}, {@code roles}, {@code iat} and
 * {@code exp}.
 */
@Component
class AccessTokens {

	private final JwtEncoder encoder;

	private final String keyId;

	private final IdentityProperties properties;

	AccessTokens(SigningKeys signingKeys, IdentityProperties properties) {
		RSAKey key = signingKeys.current();
		this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(key)));
		this.keyId = key.getKeyID();
		this.properties = properties;
	}

	/** A signed access token for the customer, valid from {@code now}. */
	String issue(Customer customer, Instant now) {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.properties.issuer())
			.subject(customer.id().toString())
			.claim("email", customer.email())
			.claim("roles", customer.roles().stream().sorted().toList())
			.issuedAt(now)
			.expiresAt(now.plus(this.properties.accessTokenLifetime()))
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(this.keyId).build();
		return this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}

	/** How long an access token is valid, in seconds. */
	long lifetimeSeconds() {
		return this.properties.accessTokenLifetime().toSeconds();
	}

}
