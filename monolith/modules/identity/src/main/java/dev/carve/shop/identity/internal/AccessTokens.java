package dev.carve.shop.identity.internal;

import java.time.Instant;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs access tokens with the current signing key: RS256 JWTs with its id in the header
 * and the claims {@code iss}, {@code sub} (customer id), {@code email}, {@code roles},
 * {@code iat} and {@code exp}.
 */
@Component
class AccessTokens {

	private final SigningKeys signingKeys;

	private final IdentityProperties properties;

	private volatile Signer signer;

	AccessTokens(SigningKeys signingKeys, IdentityProperties properties) {
		this.signingKeys = signingKeys;
		this.properties = properties;
		this.signer = Signer.of(signingKeys.current());
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
		Signer signer = signer();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(signer.keyId()).build();
		return signer.encoder().encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}

	private Signer signer() {
		RSAKey key = this.signingKeys.current();
		Signer signer = this.signer;
		if (!signer.keyId().equals(key.getKeyID())) {
			signer = Signer.of(key);
			this.signer = signer;
		}
		return signer;
	}

	/** How long an access token is valid, in seconds. */
	long lifetimeSeconds() {
		return this.properties.accessTokenLifetime().toSeconds();
	}

	private record Signer(String keyId, JwtEncoder encoder) {

		static Signer of(RSAKey key) {
			return new Signer(key.getKeyID(),
					new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(key))));
		}

	}

}
