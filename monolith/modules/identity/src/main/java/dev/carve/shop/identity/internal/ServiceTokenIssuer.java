package dev.carve.shop.identity.internal;

import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import dev.carve.runtime.security.ServiceTokens;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs service credentials ({@link ServiceTokens}): RS256 JWTs with the current signing
 * key, claims {@code iss}, {@code sub} and {@code carve_service} (the client id),
 * {@code aud} (what it may call), {@code iat} and {@code exp}. No roles: a service token
 * never acts as a customer or an administrator.
 */
@Component
class ServiceTokenIssuer {

	private final SigningKeys signingKeys;

	private final IdentityProperties identity;

	private final ServiceTokenProperties properties;

	ServiceTokenIssuer(SigningKeys signingKeys, IdentityProperties identity, ServiceTokenProperties properties) {
		this.signingKeys = signingKeys;
		this.identity = identity;
		this.properties = properties;
	}

	/**
	 * A service token valid from {@code now} for
	 * {@link ServiceTokenProperties#lifetime()}.
	 * @param clientId the calling deployable
	 * @param mayCall module names, or {@code operations}
	 * @param now the issue time
	 * @return the signed token
	 */
	Jwt issue(String clientId, List<String> mayCall, Instant now) {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.identity.issuer())
			.subject(clientId)
			.claim(ServiceTokens.SERVICE_CLAIM, clientId)
			.audience(ServiceTokens.audiences(mayCall))
			.issuedAt(now)
			.expiresAt(now.plus(this.properties.lifetime()))
			.build();
		RSAKey key = this.signingKeys.current();
		NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(key)));
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
		return encoder.encode(JwtEncoderParameters.from(header, claims));
	}

}
