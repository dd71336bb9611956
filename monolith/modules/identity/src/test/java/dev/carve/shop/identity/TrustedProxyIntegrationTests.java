package dev.carve.shop.identity;

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
 * Behind a configured trusted proxy (here: the test itself, on 127.0.0.1) the client
 * address comes from {@code X-Forwarded-For}, and each client has its own limits.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native",
				"server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1", "shop.identity.login.failures-per-address=3",
				"shop.identity.login.failures-per-account-and-address=2", "shop.identity.login.failures-per-account=4",
				"shop.identity.sign-up.per-address=1" })
@WithPostgres
class TrustedProxyIntegrationTests {

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
	void eachForwardedClientHasItsOwnLoginLimit() {
		for (int i = 0; i < 3; i++) {
			this.api.login(Api.newEmail(), "wrong-password", "203.0.113.1").expect(401);
		}

		assertThat(this.api.login(Api.newEmail(), "wrong-password", "203.0.113.1").status()).isEqualTo(429);
		assertThat(this.api.login(Api.newEmail(), "wrong-password", "203.0.113.2").status()).isEqualTo(401);
	}

	@Test
	void othersFailingForAnAccountDoNotLockItsOwnerOut() {
		String owner = Api.newEmail();
		this.api.signUp(owner, "198.51.100.7").expect(201);
		this.api.login(owner, Api.PASSWORD, "198.51.100.7").expect(200);
		for (int i = 10; i < 14; i++) {
			this.api.login(owner, "guess-" + i, "203.0.113." + i).expect(401);
		}
		for (int i = 0; i < 2; i++) {
			this.api.login(owner, "guess-again", "203.0.113.50").expect(429);
		}

		assertThat(this.api.login(owner, "guess-from-new-address", "203.0.113.60").status()).isEqualTo(429);
		assertThat(this.api.login(owner, Api.PASSWORD, "198.51.100.7").status()).isEqualTo(200);
	}

	@Test
	void eachForwardedClientHasItsOwnSignUpLimit() {
		this.api.signUp(Api.newEmail(), "192.0.2.1").expect(201);

		assertThat(this.api.signUp(Api.newEmail(), "192.0.2.1").status()).isEqualTo(429);
		assertThat(this.api.signUp(Api.newEmail(), "192.0.2.2").status()).isEqualTo(201);
	}

}
