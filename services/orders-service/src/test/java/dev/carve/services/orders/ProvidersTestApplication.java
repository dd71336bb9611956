package dev.carve.services.orders;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The other process of the tests: catalog, inventory and payments in-process (their
 * modules are on the test class path only), serving their gateways over gRPC and HTTP to
 * the orders service. Orders does not run here. It trusts the tokens the orders service
 * trusts, those of the identity stand-in, so a customer's token that orders relays is
 * accepted here as well.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = "dev.carve.shop.orders.OrdersConfiguration")
class ProvidersTestApplication {

	/**
	 * The identity stand-in's keys and issuer, from
	 * {@code spring.security.oauth2.resourceserver.jwt.*}. Primary because
	 * {@code ModuleProcess} registers a decoder for its own {@code TestTokens}, which
	 * makes Spring Boot's decoder from those properties back off.
	 */
	@Bean
	@Primary
	JwtDecoder identityJwtDecoder(Environment environment) {
		String prefix = "spring.security.oauth2.resourceserver.jwt.";
		NimbusJwtDecoder decoder = NimbusJwtDecoder
			.withJwkSetUri(environment.getRequiredProperty(prefix + "jwk-set-uri"))
			.build();
		decoder.setJwtValidator(
				JwtValidators.createDefaultWithIssuer(environment.getRequiredProperty(prefix + "issuer-uri")));
		return decoder;
	}

}
