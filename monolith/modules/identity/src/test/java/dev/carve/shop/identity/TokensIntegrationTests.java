package dev.carve.shop.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.UUID;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.carve.shop.identity.Api.Reply;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithPostgres
class TokensIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.port, this.json);
	}

	@Test
	void loginIssuesAnAccessTokenThatThePublishedKeySetVerifies() throws Exception {
		String email = Api.newEmail();
		String id = this.api.signUp(email).text("id");

		Reply reply = this.api.login(email.toUpperCase(), Api.PASSWORD);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().path("expiresIn").asLong()).isEqualTo(900);
		assertThat(reply.text("refreshToken")).isNotBlank();
		Reply jwks = this.api.get("/.well-known/jwks.json", null).expect(200);
		JWKSet keys = JWKSet.parse(jwks.body().toString());
		SignedJWT token = SignedJWT.parse(reply.text("accessToken"));
		RSAKey key = (RSAKey) keys.getKeyByKeyId(token.getHeader().getKeyID());
		assertThat(key).isNotNull();
		assertThat(key.isPrivate()).isFalse();
		assertThat(jwks.body().toString()).doesNotContain("\"d\"");
		assertThat(token.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
		assertThat(token.verify(new RSASSAVerifier(key))).isTrue();
		JWTClaimsSet claims = token.getJWTClaimsSet();
		assertThat(claims.getSubject()).isEqualTo(id);
		assertThat(claims.getIssuer()).isEqualTo("https://identity.carve.test");
		assertThat(claims.getStringClaim("email")).isEqualTo(email);
		assertThat(claims.getStringListClaim("roles")).containsExactly("CUSTOMER");
		assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
			.isEqualTo(Duration.ofMinutes(15));
		assertThat(claims.getExpirationTime()).isAfter(new Date());
	}

	@Test
	void aWrongPasswordAndAnUnknownAddressGetTheSameRefusal() {
		String email = Api.newEmail();
		this.api.signUp(email);

		Reply wrongPassword = this.api.login(email, "not-the-password");
		Reply unknown = this.api.login(Api.newEmail(), Api.PASSWORD);

		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(wrongPassword.text("type")).isEqualTo("urn:carve:problem:invalid-credentials");
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.text("type")).isEqualTo(wrongPassword.text("type"));
		assertThat(unknown.text("detail")).isEqualTo(wrongPassword.text("detail"));
	}

	@Test
	void theSixthAttemptAfterFiveFailuresIsRefusedEvenWithTheRightPassword() {
		String email = Api.newEmail();
		this.api.signUp(email);
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.api.login(email, "wrong-password-" + attempt).expect(401);
		}

		Reply reply = this.api.login(email, Api.PASSWORD);

		assertThat(reply.status()).isEqualTo(429);
		assertThat(reply.text("type")).isEqualTo("urn:carve:problem:too-many-attempts");
		long retryAfter = Long.parseLong(reply.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 60L);
		assertThat(reply.body().path("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
		String other = Api.newEmail();
		this.api.signUp(other);
		assertThat(this.api.login(other, Api.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void aRefreshUsesUpItsTokenAndReusingOneEndsTheWholeLogin() {
		String email = Api.newEmail();
		String id = this.api.signUp(email).text("id");
		String first = this.api.login(email, Api.PASSWORD).expect(200).text("refreshToken");

		Reply refreshed = this.api.refresh(first);

		assertThat(refreshed.status()).isEqualTo(200);
		String second = refreshed.text("refreshToken");
		assertThat(second).isNotEqualTo(first);
		assertThat(this.api.get("/api/v1/identity/customers/me", refreshed.text("accessToken")).status())
			.isEqualTo(200);
		Reply reused = this.api.refresh(first);
		assertThat(reused.status()).isEqualTo(401);
		assertThat(reused.text("type")).isEqualTo("urn:carve:problem:invalid-refresh-token");
		Reply afterReuse = this.api.refresh(second);
		assertThat(afterReuse.status()).isEqualTo(401);
		assertThat(afterReuse.text("type")).isEqualTo("urn:carve:problem:invalid-refresh-token");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM identity.refresh_tokens WHERE customer_id = ? AND revoked_at IS NULL", Long.class,
				UUID.fromString(id)))
			.isZero();
	}

	@Test
	void refreshTokensAreStoredOnlyAsTheirHash() throws Exception {
		String email = Api.newEmail();
		this.api.signUp(email);
		String refreshToken = this.api.login(email, Api.PASSWORD).expect(200).text("refreshToken");

		assertThat(Base64.getUrlDecoder().decode(refreshToken)).hasSize(32);
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(refreshToken.getBytes(StandardCharsets.US_ASCII)));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM identity.refresh_tokens WHERE token_hash = ?",
				Long.class, hash))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM identity.refresh_tokens WHERE token_hash = ?",
				Long.class, refreshToken))
			.isZero();
	}

	@Test
	void anUnknownRefreshTokenIsRefused() {
		Reply reply = this.api.refresh("no-such-token");

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.text("type")).isEqualTo("urn:carve:problem:invalid-refresh-token");
	}

}
