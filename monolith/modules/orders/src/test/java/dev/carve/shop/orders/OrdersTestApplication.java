package dev.carve.shop.orders;

import dev.carve.testkit.TestTokens;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The orders module alone, with in-memory stand-ins for the catalog, inventory and
 * payments gateways it calls, and tokens from a test issuer.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class OrdersTestApplication {

	/** Issues the tokens the test context accepts. */
	public static final TestTokens tokens = TestTokens.create();

	@Bean
	JwtDecoder jwtDecoder() {
		return tokens.decoder();
	}

	@Bean
	InMemoryCatalog inMemoryCatalog() {
		return new InMemoryCatalog();
	}

	@Bean
	InMemoryInventory inMemoryInventory() {
		return new InMemoryInventory();
	}

	@Bean
	InMemoryPayments inMemoryPayments() {
		return new InMemoryPayments();
	}

}
