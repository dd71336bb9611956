package dev.carve.testkit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * For tests of a module that runs without the identity module: a {@link TestTokens}
 * issuer bean and a {@link JwtDecoder} that trusts only its tokens. Import it into the
 * module's test application.
 */
@Configuration(proxyBeanMethods = false)
public class TestTokensConfiguration {

	@Bean
	TestTokens testTokens() {
		return TestTokens.create();
	}

	@Bean
	JwtDecoder jwtDecoder(TestTokens testTokens) {
		return testTokens.decoder();
	}

}
