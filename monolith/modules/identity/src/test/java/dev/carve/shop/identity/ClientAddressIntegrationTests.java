package dev.carve.shop.identity;

import dev.carve.shop.identity.Api.Reply;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no proxy configured, {@code X-Forwarded-For} is anyone's to send, so the limits
 * count the connection's address whatever the header says.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "shop.identity.login.failures-per-address=3", "shop.identity.sign-up.per-address=2" })
@WithPostgres
class ClientAddressIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.port, this.json);
	}

	@Test
	void aSpoofedForwardedForDoesNotEscapeTheLoginLimit() {
		for (int i = 1; i <= 3; i++) {
			this.api.login(Api.newEmail(), "wrong-password", "203.0.113." + i).expect(401);
		}

		Reply reply = this.api.login(Api.newEmail(), "wrong-password", "203.0.113.99");

		assertThat(reply.status()).isEqualTo(429);
		assertThat(reply.text("type")).isEqualTo("urn:carve:problem:too-many-attempts");
	}

	@Test
	void aSpoofedForwardedForDoesNotEscapeTheSignUpLimit() {
		this.api.signUp(Api.newEmail(), "198.51.100.1").expect(201);
		this.api.signUp(Api.newEmail(), "198.51.100.2").expect(201);

		Reply reply = this.api.signUp(Api.newEmail(), "198.51.100.3");

		assertThat(reply.status()).isEqualTo(429);
		assertThat(reply.text("type")).isEqualTo("urn:carve:problem:too-many-sign-ups");
		long retryAfter = Long.parseLong(reply.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 60L);
	}

}
