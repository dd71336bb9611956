package dev.carve.shop.payments;

import dev.carve.testkit.TestTokensConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The payments module alone, for its integration tests: tokens come from a test issuer
 * instead of the identity module, {@link PaymentsDatabase} reads the module's tables and
 * {@link InMemoryOrders} answers for the orders module.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(TestTokensConfiguration.class)
class PaymentsTestApplication {

	@Bean
	PaymentsDatabase paymentsDatabase(JdbcTemplate jdbc) {
		return new PaymentsDatabase(jdbc);
	}

	@Bean
	InMemoryOrders inMemoryOrders() {
		return new InMemoryOrders();
	}

}
