package dev.carve.shop.notifications;

import dev.carve.testkit.TestTokens;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The notifications module alone, for its integration tests: tokens come from a test
 * issuer instead of the identity module.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class NotificationsTestApplication {

	@Bean
	TestTokens testTokens() {
		return TestTokens.create();
	}

	@Bean
	JwtDecoder jwtDecoder(TestTokens testTokens) {
		return testTokens.decoder();
	}

}
