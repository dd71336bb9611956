package dev.carve.runtime.security;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Both sides of service credentials: the {@link ServiceCredentialVerifier} the HTTP and
 * gRPC servers check callers with, and this process's {@link ServiceCredentials} from
 * identity's token endpoint, when {@code carve.service-credentials.client-id} is set and
 * nothing else provides them (the identity module, when it runs here, mints them itself).
 */
@AutoConfiguration
@EnableConfigurationProperties(ServiceCredentialsProperties.class)
public final class ServiceCredentialsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ServiceCredentialVerifier serviceCredentialVerifier(ObjectProvider<JwtDecoder> decoder) {
		return new ServiceCredentialVerifier(decoder::getObject);
	}

	@Bean
	@ConditionalOnMissingBean(ServiceCredentials.class)
	@ConditionalOnProperty(prefix = "carve.service-credentials", name = "client-id")
	ServiceCredentials clientCredentialsServiceCredentials(ServiceCredentialsProperties properties) {
		return new ClientCredentialsServiceCredentials(properties, Clock.systemUTC());
	}

}
