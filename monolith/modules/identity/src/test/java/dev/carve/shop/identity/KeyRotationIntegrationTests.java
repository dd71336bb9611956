package dev.carve.shop.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.carve.shop.identity.internal.SigningKeyException;
import dev.carve.shop.identity.internal.SigningKeys;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Rotating the signing key keeps issued tokens valid, and a process that cannot decrypt
 * the keys does not start. Its own database, as rotations change the keys.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "shop.identity.signing-key.rotate-after=7d")
@WithPostgres
class KeyRotationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	SigningKeys signingKeys;

	@Autowired
	Environment environment;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.port, this.json);
	}

	@Test
	void aTokenSignedBeforeARotationStillVerifiesAfterIt() throws Exception {
		String email = Api.newEmail();
		this.api.signUp(email);
		String before = this.api.login(email, Api.PASSWORD).expect(200).text("accessToken");

		String rotated = this.signingKeys.rotate().getKeyID();

		assertThat(this.api.get("/api/v1/identity/customers/me", before).status()).isEqualTo(200);
		String after = this.api.login(email, Api.PASSWORD).expect(200).text("accessToken");
		assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isEqualTo(rotated)
			.isNotEqualTo(SignedJWT.parse(before).getHeader().getKeyID());
		assertThat(this.api.get("/api/v1/identity/customers/me", after).status()).isEqualTo(200);
		JWKSet served = JWKSet.parse(this.api.get("/.well-known/jwks.json", null).expect(200).body().toString());
		assertThat(served.getKeys()).extracting((key) -> key.getKeyID())
			.containsExactly(rotated, SignedJWT.parse(before).getHeader().getKeyID());
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aWrongKeyEncryptionKeyStopsTheStartWithAClearMessage(CapturedOutput output) {
		Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(IdentityTestApplication.class)
			.run("--spring.datasource.url=" + this.environment.getProperty("spring.datasource.url"),
					"--spring.datasource.username=" + this.environment.getProperty("spring.datasource.username"),
					"--spring.datasource.password=" + this.environment.getProperty("spring.datasource.password"),
					"--shop.identity.signing-key.encryption-key=" + "B".repeat(43) + "=", "--server.port=0",
					"--spring.grpc.server.port=0")
			.close());

		assertThat(NestedExceptionUtils.getRootCause(failure)).isInstanceOf(SigningKeyException.class)
			.hasMessageContaining("does not decrypt");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The key-encryption key does not decrypt signing key")
			.contains("Set CARVE_IDENTITY_KEY_ENCRYPTION_KEY (shop.identity.signing-key.encryption-key) to the key");
	}

}
