package dev.carve.shop.payments;

import dev.carve.testkit.TestTokens;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The payments module alone, for its integration tests: tokens come from a test issuer
 * instead of the identity module, and {@link PaymentsDatabase} reads the module's tables.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class PaymentsTestApplication {

	@Bean
	TestTokens testTokens() {
		return TestTokens.create();
	}

	@Bean
	JwtDecoder jwtDecoder(TestTokens testTokens) {
		return testTokens.decoder();
	}

	@Bean
	PaymentsDatabase paymentsDatabase(JdbcTemplate jdbc) {
		return new PaymentsDatabase(jdbc);
	}

}
