package dev.carve.runtime.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.carve.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issuers read as Spring Security reads them, and every decoder bean remembering what it
 * verified.
 */
class TokenDecodingPostProcessorTests {

	private static final String ISSUER = "urn:carve:identity";

	@Test
	void everyIssuerReadsAsSpringSecurityReadsIt() {
		var defaults = MappedJwtClaimSetConverter.withDefaults(Map.of());
		var ours = UrnIssuerConverter.claimSetConverter();

		assertThat(ours.convert(Map.of(JwtClaimNames.SUB, "no issuer")))
			.isEqualTo(Map.of(JwtClaimNames.SUB, "no issuer"));
		for (Object issuer : List.of(ISSUER, "URN:Carve:Other", "https://identity.example.com/realms/shop",
				"http://localhost:8080", "carve-identity", 42)) {
			assertThat(ours.convert(Map.of(JwtClaimNames.ISS, issuer))).as("%s", issuer)
				.isEqualTo(defaults.convert(Map.of(JwtClaimNames.ISS, issuer)));
		}
	}

	@Test
	void aDecoderBeanKeepsCheckingTheIssuerAndRemembersWhatItVerified() {
		TestTokens identity = TestTokens.create(ISSUER);
		NimbusJwtDecoder nimbus = (NimbusJwtDecoder) identity.decoder();
		nimbus.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
		TokenDecodingPostProcessor processor = new TokenDecodingPostProcessor();
		processor.setEnvironment(new MockEnvironment());

		Object bean = processor.postProcessAfterInitialization(processor.postProcessBeforeInitialization(nimbus, "d"),
				"d");

		assertThat(bean).isInstanceOf(CachingJwtDecoder.class);
		JwtDecoder decoder = (JwtDecoder) bean;
		String token = identity.customer(UUID.randomUUID());
		assertThat(decoder.decode(token).getClaimAsString(JwtClaimNames.ISS)).isEqualTo(ISSUER);
		assertThat(decoder.decode(token)).isSameAs(decoder.decode(token));
		String other = identity.token(UUID.randomUUID(), List.of("CUSTOMER"), Duration.ofMinutes(5), "urn:other");
		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> decoder.decode(other));
	}

	@Test
	void theCacheCanBeSwitchedOff() {
		TokenDecodingPostProcessor processor = new TokenDecodingPostProcessor();
		processor.setEnvironment(new MockEnvironment().withProperty("carve.security.token-cache.enabled", "false"));
		JwtDecoder decoder = TestTokens.create(ISSUER).decoder();

		assertThat(processor.postProcessAfterInitialization(decoder, "d")).isSameAs(decoder);
	}

}
