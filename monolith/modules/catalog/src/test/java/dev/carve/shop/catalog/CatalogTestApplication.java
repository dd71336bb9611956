package dev.carve.shop.catalog;

import dev.carve.testkit.TestTokens;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Boots the catalog module alone, trusting the tokens of a test issuer. */
@SpringBootConfiguration
@EnableAutoConfiguration
class CatalogTestApplication {

	@Bean
	TestTokens testTokens() {
		return TestTokens.create();
	}

	@Bean
	JwtDecoder jwtDecoder(TestTokens tokens) {
		return tokens.decoder();
	}

}
