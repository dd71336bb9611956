package dev.carve.shop.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import dev.carve.shop.identity.Api.Reply;
import dev.carve.shop.identity.internal.SigningKeys;
import dev.carve.testkit.TestTokens;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithPostgres
class CurrentCustomerIntegrationTests {

	private static final String ME = "/api/v1/identity/customers/me";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	SigningKeys signingKeys;

	Api api;

	String id;

	String email;

	@BeforeEach
	void customer() {
		this.api = new Api(this.port, this.json);
		this.email = Api.newEmail();
		this.id = this.api.signUp(this.email).text("id");
	}

	@Test
	void theCallerWithATokenSeesTheirAccount() {
		String token = this.api.login(this.email, Api.PASSWORD).expect(200).text("accessToken");

		Reply reply = this.api.get(ME, token);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.text("id")).isEqualTo(this.id);
		assertThat(reply.text("email")).isEqualTo(this.email);
		assertThat(reply.text("name")).isEqualTo("Ada");
		assertThat(reply.body().path("roles").toString()).isEqualTo("[\"CUSTOMER\"]");
	}

	@Test
	void withoutATokenTheCallerIsUnauthenticated() {
		Reply reply = this.api.get(ME, null);

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.text("type")).isEqualTo("urn:carve:problem:unauthenticated");
	}

	@Test
	void aTokenSignedWithAnotherKeyIsRefused() {
		String forged = TestTokens.create().customer(UUID.fromString(this.id));

		assertInvalidToken(this.api.get(ME, forged));
	}

	@Test
	void anExpiredTokenIsRefused() {
		Instant past = Instant.now().minusSeconds(600);

		assertInvalidToken(this.api.get(ME, sign("https://identity.carve.test", past, past.plusSeconds(300))));
	}

	@Test
	void aTokenOfAnotherIssuerIsRefusedEvenWithTheRightKey() {
		Instant now = Instant.now();

		assertInvalidToken(this.api.get(ME, sign("https://elsewhere.test", now, now.plusSeconds(300))));
	}

	@Test
	void aTokenSignedHereWithTheRightIssuerIsAccepted() {
		Instant now = Instant.now();

		assertThat(this.api.get(ME, sign("https://identity.carve.test", now, now.plusSeconds(300))).status())
			.isEqualTo(200);
	}

	private void assertInvalidToken(Reply reply) {
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.text("type")).isEqualTo("urn:carve:problem:invalid-token");
		assertThat(reply.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((value) -> assertThat(value).contains("invalid_token"));
	}

	private String sign(String issuer, Instant issuedAt, Instant expiresAt) {
		RSAKey key = this.signingKeys.current();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(issuer)
			.subject(this.id)
			.claim("email", this.email)
			.claim("roles", List.of("CUSTOMER"))
			.issuedAt(issuedAt)
			.expiresAt(expiresAt)
			.build();
		NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(key)));
		return encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build(),
					claims))
			.getTokenValue();
	}

}
