package dev.carve.runtime;

import dev.carve.runtime.sample.SampleConfiguration;
import dev.carve.runtime.web.ProblemTestController;
import dev.carve.testkit.TestTokens;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * An application of the sample module and a controller that raises every kind of error.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ SampleConfiguration.class, ProblemTestController.class })
public class RuntimeTestApplication {

	/** The token issuer the application trusts. */
	public static final TestTokens tokens = TestTokens.create();

	@Bean
	JwtDecoder jwtDecoder() {
		return tokens.decoder();
	}

}
