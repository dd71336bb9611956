package dev.carve.runtime.security;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * This process's {@link ServiceCredentials} from identity's token endpoint, when
 * {@code carve.service-credentials.client-id} is set and nothing else provides them (the
 * identity module, when it runs here, mints them itself).
 */
@AutoConfiguration
@EnableConfigurationProperties(ServiceCredentialsProperties.class)
public final class ServiceCredentialsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(ServiceCredentials.class)
	@ConditionalOnProperty(prefix = "carve.service-credentials", name = "client-id")
	ServiceCredentials clientCredentialsServiceCredentials(ServiceCredentialsProperties properties) {
		return new ClientCredentialsServiceCredentials(properties, Clock.systemUTC());
	}

}
