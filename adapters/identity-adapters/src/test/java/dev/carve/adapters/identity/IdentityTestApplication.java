package dev.carve.adapters.identity;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A process in the tests: with identity in-process it is the provider, with
 * {@code carve.modules.identity.mode} set to grpc or http it is a consumer.
 *
 * <p>
 * {@code ModuleProcess} gives every process a {@code TestTokens} decoder. Where identity
 * runs, the module declares its own decoder too, and it must decide, as it does in
 * production: it is made the primary one, so the provider accepts only tokens signed with
 * identity's own key, which the tests get by logging in through identity's API.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class IdentityTestApplication {

	@Bean
	static BeanFactoryPostProcessor identityDecodesTokens() {
		return (beans) -> {
			for (String name : beans.getBeanNamesForType(JwtDecoder.class, true, false)) {
				if (beans.containsBeanDefinition(name)) {
					beans.getBeanDefinition(name).setPrimary(true);
				}
			}
		};
	}

}
